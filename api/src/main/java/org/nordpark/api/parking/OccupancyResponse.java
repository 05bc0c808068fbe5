package org.nordpark.api.parking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.nordpark.api.system.formats.CsvTable;

/**
 * Parking occupancy over time. As CSV:
 * {@code time,zone,occupied,free,total,occupancy_rate}.
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
		return List.of("time", "zone", "occupied", "free", "total", "occupancy_rate");
	}

	@Override
	public List<List<?>> csvRows() {
		List<List<?>> rows = new ArrayList<>();
		for (ZoneOccupancy zone : this.zones) {
			for (OccupancyPoint point : zone.points()) {
				rows.add(List.of(point.time(), zone.zone(), point.occupied(), point.free(), point.total(),
						point.occupancyRate()));
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
	 * @param points one point per interval with at least one bay of known state
	 */
	public record ZoneOccupancy(@Schema(example = "P1") String zone, List<OccupancyPoint> points) {

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
