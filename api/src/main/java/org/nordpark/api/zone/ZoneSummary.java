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
		@Nullable Position centre, @Nullable Parking parking, @Nullable CarPark carPark,
		Map<String, EnvironmentValue> environment) {

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
	 * The whole car park, estimated from the cars counted in and out at its gates
	 * (traffic counters in the zone with the directions {@code entering} and
	 * {@code leaving}), anchored to the bay sensors' ratio at the newest quiet spell of
	 * the gates (two readings in a row with fewer cars in and out than 1 % of the
	 * capacity): the drift correction. The newest point of the {@code car_park} series
	 * ingest writes every minute, the same numbers as {@code carPark} in
	 * {@code /parking/occupancy}. See docs/design.md, "Whole car parks".
	 *
	 * @param occupied estimated occupied spaces, 0..capacity
	 * @param free capacity minus occupied
	 * @param capacity spaces in the car park (site manifest)
	 * @param occupancyRate occupied / capacity, 0..1
	 * @param method how it is estimated: {@value #METHOD}
	 * @param anchoredAt the quiet moment the count is carried forward from
	 * @param anchorRate the bay sensors' occupancy rate at that moment
	 * @param updatedAt the moment of the estimate (a multiple of a minute)
	 */
	public record CarPark(@Schema(example = "820") long occupied, @Schema(example = "380") long free,
			@Schema(example = "1200") int capacity, @Schema(example = "0.6833") double occupancyRate,
			@Schema(example = METHOD) String method, @Schema(example = "2025-03-12T10:15:00Z") Instant anchoredAt,
			@Schema(example = "0.5") double anchorRate, @Schema(example = "2025-03-12T11:15:00Z") Instant updatedAt) {

		/** The estimation method. */
		public static final String METHOD = "gate-counts-anchored-to-bays";

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
