package org.nordpark.api.zone;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One zone now.
 *
 * @param zone the zone label
 * @param name human name from the site manifest, else the label
 * @param type area type from the site manifest ({@code car_park}, {@code park}, ...)
 * @param capacity parking spaces from the site manifest (all spaces, sensed or not)
 * @param centre label position from the site manifest
 * @param parking current occupancy of the sensed bays, absent without parking sensors
 * @param environment latest environment values, by field
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ZoneSummary(@Schema(example = "P1") String zone, @Schema(example = "Parkplatz P1") String name,
		@Schema(example = "car_park") @Nullable String type, @Schema(example = "1200") @Nullable Integer capacity,
		@Nullable Position centre, @Nullable Parking parking, Map<String, EnvironmentValue> environment) {

	/**
	 * A WGS84 position.
	 *
	 * @param lat latitude
	 * @param lon longitude
	 */
	public record Position(@Schema(example = "51.176") double lat, @Schema(example = "6.383") double lon) {

	}

	/**
	 * Current occupancy from the latest state of every bay in the zone, however long ago
	 * it reported (within {@code nordpark.api.query.state-lookback}).
	 *
	 * @param occupied bays whose latest state is occupied
	 * @param free bays whose latest state is free
	 * @param total bays with a known state
	 * @param occupancyRate occupied / total, 0..1
	 * @param updatedAt time of the newest bay report
	 */
	public record Parking(@Schema(example = "2") long occupied, @Schema(example = "1") long free,
			@Schema(example = "3") long total, @Schema(example = "0.6667") double occupancyRate,
			@Schema(example = "2025-03-12T17:40:00Z") Instant updatedAt) {

	}

	/**
	 * The latest value of an environment field in a zone.
	 *
	 * @param value mean of the latest value of each sensor in the zone
	 * @param sensors number of sensors contributing
	 * @param time time of the newest contributing value
	 */
	public record EnvironmentValue(@Schema(example = "415.5") double value, @Schema(example = "2") int sensors,
			@Schema(example = "2025-03-12T17:55:00Z") Instant time) {

	}

}
