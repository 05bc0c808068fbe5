package org.nordpark.api.parking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.system.formats.CsvTable;
import org.nordpark.api.zone.ZoneSummary;

/**
 * Parking occupancy over time: the sampled bays and, for car parks counted at their
 * gates, the whole car park. As CSV:
 * {@code time,zone,occupied,free,total,occupancy_rate,car_park_occupied,car_park_free,car_park_capacity,car_park_occupancy_rate}
 * (the last four empty where there is no whole-car-park estimate, the first four where no
 * bay state is known).
 *
 * @param every the interval
 * @param from inclusive start
 * @param to exclusive end
 * @param source {@code raw} (state of every bay at the end of each interval) or
 * {@code hourly} (mean hourly occupancy of every bay, for long ranges)
 * @param zones one series per zone
 */
public record OccupancyResponse(@Schema(example = "1h") String every,
		@Schema(example = "2025-03-12T00:00:00Z") Instant from, @Schema(example = "2025-03-13T00:00:00Z") Instant to,
		@Schema(example = "raw") String source, List<ZoneOccupancy> zones) implements CsvTable {

	@Override
	public List<String> csvHeader() {
		return List.of("time", "zone", "occupied", "free", "total", "occupancy_rate", "car_park_occupied",
				"car_park_free", "car_park_capacity", "car_park_occupancy_rate");
	}

	@Override
	public List<List<?>> csvRows() {
		List<List<?>> rows = new ArrayList<>();
		for (ZoneOccupancy zone : this.zones) {
			Map<Instant, OccupancyPoint> bays = new TreeMap<>();
			zone.points().forEach((point) -> bays.put(point.time(), point));
			Map<Instant, CarParkPoint> whole = new TreeMap<>();
			if (zone.carPark() != null) {
				zone.carPark().points().forEach((point) -> whole.put(point.time(), point));
			}
			Set<Instant> times = new TreeSet<>(bays.keySet());
			times.addAll(whole.keySet());
			for (Instant time : times) {
				OccupancyPoint bay = bays.get(time);
				CarParkPoint car = whole.get(time);
				rows.add(Arrays.asList(time, zone.zone(), (bay != null) ? bay.occupied() : null,
						(bay != null) ? bay.free() : null, (bay != null) ? bay.total() : null,
						(bay != null) ? bay.occupancyRate() : null, (car != null) ? car.occupied() : null,
						(car != null) ? car.free() : null, (car != null) ? car.capacity() : null,
						(car != null) ? car.occupancyRate() : null));
			}
		}
		return rows;
	}

	@Override
	public String csvName() {
		return "parking-occupancy";
	}

	/**
	 * One zone's occupancy.
	 *
	 * @param zone the zone label
	 * @param points the sampled bays: one point per interval with at least one bay of
	 * known state
	 * @param carPark the whole car park, estimated from its gate counts; absent for zones
	 * without
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ZoneOccupancy(@Schema(example = "P1") String zone, List<OccupancyPoint> points,
			@Nullable WholeCarPark carPark) {

	}

	/**
	 * A whole car park over time: the stored {@code car_park} series that ingest derives
	 * from the cars counted in and out at the gates, anchored to the bay sensors' ratio
	 * at quiet spells of the gates (the drift correction; docs/design.md, "Whole car
	 * parks"). The same numbers as {@code carPark} in {@code /zones}.
	 *
	 * @param method how it is estimated: {@value ZoneSummary.CarPark#METHOD}
	 * @param points one point per interval with an estimate
	 */
	public record WholeCarPark(@Schema(example = ZoneSummary.CarPark.METHOD) String method, List<CarParkPoint> points) {

	}

	/**
	 * A whole car park in one interval: the estimate at the end of the interval (raw) or
	 * its mean over the interval (hourly).
	 *
	 * @param time start of the interval
	 * @param occupied estimated occupied spaces (a mean, possibly fractional, for hourly
	 * data)
	 * @param free capacity minus occupied
	 * @param capacity spaces in the car park
	 * @param occupancyRate occupied / capacity, 0..1
	 */
	public record CarParkPoint(@Schema(example = "2025-03-12T17:00:00Z") Instant time,
			@Schema(example = "820") Number occupied, @Schema(example = "380") Number free,
			@Schema(example = "1200") long capacity, @Schema(example = "0.6833") double occupancyRate) {

	}

	/**
	 * Occupancy in one interval.
	 *
	 * @param time start of the interval
	 * @param occupied occupied bays (a mean, possibly fractional, for hourly data)
	 * @param free free bays
	 * @param total bays with a known state
	 * @param occupancyRate occupied / total, 0..1
	 */
	public record OccupancyPoint(@Schema(example = "2025-03-12T17:00:00Z") Instant time,
			@Schema(example = "2") Number occupied, @Schema(example = "1") Number free,
			@Schema(example = "3") long total, @Schema(example = "0.6667") double occupancyRate) {

	}

}
