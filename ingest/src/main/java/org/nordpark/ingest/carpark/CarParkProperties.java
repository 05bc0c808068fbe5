package org.nordpark.ingest.carpark;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The whole-car-park series ({@code car_park}).
 *
 * @param siteManifest the site manifest with the car parks' capacities (the api's); a
 * missing file means no series
 * @param every the step of the series: one estimate per car park at every multiple of it
 * @param lookback how far back from a moment gate readings count (the anchor is found in
 * them)
 * @param catchUp how far back the series is filled in at the first run and after late
 * points (a backfill, a backlog after an outage)
 */
@ConfigurationProperties("nordpark.car-parks")
public record CarParkProperties(@DefaultValue("config/nordpark-site.yaml") Path siteManifest,
		@DefaultValue("1m") Duration every, @DefaultValue("2d") Duration lookback,
		@DefaultValue("2d") Duration catchUp) {

	public CarParkProperties {
		if (every.toSeconds() < 1) {
			throw new IllegalArgumentException("nordpark.car-parks.every must be at least 1s");
		}
		if (lookback.compareTo(every) < 0 || catchUp.compareTo(every) < 0) {
			throw new IllegalArgumentException("nordpark.car-parks.lookback and catch-up must be at least 'every'");
		}
	}

}
