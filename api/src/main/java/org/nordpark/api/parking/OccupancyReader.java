package org.nordpark.api.parking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.influx.InfluxReader;
import org.nordpark.api.influx.InfluxSeries;
import org.nordpark.api.query.QueryProperties;
import org.nordpark.api.query.SeriesWindow;
import org.nordpark.api.query.TimeWindow;
import org.nordpark.api.zone.ZoneSummary;
import org.nordpark.model.InfluxSchema;

import org.springframework.stereotype.Component;

/**
 * Occupancy over time per zone. Bays report state changes, not a steady stream, so the
 * state of every bay is carried forward: each bay starts with its last state before
 * {@code from} (within the state lookback) and keeps its latest state until it reports
 * again. Per interval the zone counts the bays whose state is occupied at the end of the
 * interval. For long ranges the hourly rollup (mean occupancy of each bay per hour) is
 * used the same way, giving mean occupied bays. Beside the bays, each car park counted at
 * its gates gets its whole-car-park series from the stored {@code car_park} estimates
 * (written by ingest): the last estimate in each interval, or for long ranges the mean of
 * the hourly rollup.
 */
@Component
class OccupancyReader {

	private final InfluxReader influx;

	private final QueryProperties limits;

	OccupancyReader(InfluxReader influx, QueryProperties limits) {
		this.influx = influx;
		this.limits = limits;
	}

	OccupancyResponse read(@Nullable String zone, SeriesWindow window) {
		boolean hourly = window.every().atLeastHourly()
				&& window.range().span().compareTo(this.limits.hourlyAfter()) > 0;
		String rp = hourly ? InfluxSchema.RP_HOURLY : InfluxSchema.RP_RAW;
		String function = hourly ? "mean" : "last";
		String from = "\"" + rp + "\".\"" + InfluxSchema.PARKING.name() + "\"";
		String zoneFilter = (zone != null) ? " AND \"" + InfluxSchema.TAG_ZONE + "\" = $zone" : "";
		String groupBays = "\"" + InfluxSchema.TAG_SENSOR_ID + "\", \"" + InfluxSchema.TAG_ZONE + "\"";
		String query = "SELECT last(\"" + InfluxSchema.OCCUPIED + "\") AS \"v\" FROM " + from
				+ " WHERE time >= $since AND time < $from" + zoneFilter + " GROUP BY " + groupBays + "; SELECT "
				+ function + "(\"" + InfluxSchema.OCCUPIED + "\") AS \"v\" FROM " + from
				+ " WHERE time >= $from AND time < $to" + zoneFilter + " GROUP BY time(" + window.every().id() + "), "
				+ groupBays + " fill(none); SELECT " + function + "(\"" + InfluxSchema.OCCUPIED + "\") AS \"v\", max(\""
				+ InfluxSchema.CAPACITY + "\") AS \"c\" FROM \"" + rp + "\".\"" + InfluxSchema.CAR_PARK.name()
				+ "\" WHERE time >= $from AND time < $to" + zoneFilter + " GROUP BY time(" + window.every().id()
				+ "), \"" + InfluxSchema.TAG_ZONE + "\" fill(none)";
		Map<String, Object> params = new HashMap<>();
		params.put("since", TimeWindow.nanos(window.range().from().minus(this.limits.stateLookback())));
		params.put("from", window.range().fromNanos());
		params.put("to", window.range().toNanos());
		if (zone != null) {
			params.put("zone", zone);
		}
		List<List<InfluxSeries>> results = this.influx.query(query, params);
		// zone -> bay -> state before from
		Map<String, Map<String, Double>> initial = new TreeMap<>();
		for (InfluxSeries bay : results.get(0)) {
			Double v = bay.number(bay.rows().get(0), "v");
			if (v != null) {
				initial.computeIfAbsent(bay.tag(InfluxSchema.TAG_ZONE), (z) -> new HashMap<>())
					.put(bay.tag(InfluxSchema.TAG_SENSOR_ID), v);
			}
		}
		// zone -> bucket start -> bay -> value in that bucket
		Map<String, TreeMap<Instant, Map<String, Double>>> changes = new TreeMap<>();
		for (InfluxSeries bay : results.get(1)) {
			for (List<@Nullable Object> row : bay.rows()) {
				Double v = bay.number(row, "v");
				if (v != null) {
					changes.computeIfAbsent(bay.tag(InfluxSchema.TAG_ZONE), (z) -> new TreeMap<>())
						.computeIfAbsent(InfluxSeries.time(row), (t) -> new HashMap<>())
						.put(bay.tag(InfluxSchema.TAG_SENSOR_ID), v);
				}
			}
		}
		Map<String, OccupancyResponse.WholeCarPark> carParks = carParks(results.get(2), hourly);
		Map<String, Boolean> zones = new TreeMap<>();
		initial.keySet().forEach((z) -> zones.put(z, true));
		changes.keySet().forEach((z) -> zones.put(z, true));
		carParks.keySet().forEach((z) -> zones.put(z, true));
		List<OccupancyResponse.ZoneOccupancy> series = new ArrayList<>();
		for (String z : zones.keySet()) {
			series.add(new OccupancyResponse.ZoneOccupancy(z,
					points(window, initial.getOrDefault(z, Map.of()), changes.getOrDefault(z, new TreeMap<>()), hourly),
					carParks.get(z)));
		}
		return new OccupancyResponse(window.every().id(), window.range().from(), window.range().to(), rp, series);
	}

	private static Map<String, OccupancyResponse.WholeCarPark> carParks(List<InfluxSeries> results,
			boolean fractional) {
		Map<String, OccupancyResponse.WholeCarPark> carParks = new TreeMap<>();
		for (InfluxSeries zone : results) {
			String id = zone.tag(InfluxSchema.TAG_ZONE);
			if (id == null || id.isEmpty()) {
				continue;
			}
			List<OccupancyResponse.CarParkPoint> points = new ArrayList<>();
			for (List<@Nullable Object> row : zone.rows()) {
				Double occupied = zone.number(row, "v");
				Double capacity = zone.number(row, "c");
				if (occupied == null || capacity == null || capacity <= 0) {
					continue;
				}
				long spaces = Math.round(capacity);
				Number occ = fractional ? (Number) round(occupied) : (Number) Math.round(occupied);
				Number free = fractional ? (Number) round(spaces - occupied) : (Number) (spaces - Math.round(occupied));
				points.add(new OccupancyResponse.CarParkPoint(InfluxSeries.time(row), occ, free, spaces,
						round(occupied / spaces)));
			}
			carParks.put(id, new OccupancyResponse.WholeCarPark(ZoneSummary.CarPark.METHOD, points));
		}
		return carParks;
	}

	private static List<OccupancyResponse.OccupancyPoint> points(SeriesWindow window, Map<String, Double> initial,
			TreeMap<Instant, Map<String, Double>> changes, boolean fractional) {
		Map<String, Double> state = new LinkedHashMap<>(initial);
		long step = window.every().duration().toMillis();
		long first = Math.floorDiv(window.range().from().toEpochMilli(), step) * step;
		List<OccupancyResponse.OccupancyPoint> points = new ArrayList<>();
		for (long t = first; t < window.range().to().toEpochMilli(); t += step) {
			Instant bucket = Instant.ofEpochMilli(t);
			Map<String, Double> change = changes.get(bucket);
			if (change != null) {
				state.putAll(change);
			}
			if (state.isEmpty()) {
				continue;
			}
			double occupied = 0;
			for (double v : state.values()) {
				occupied += fractional ? v : ((v >= 0.5) ? 1 : 0);
			}
			long total = state.size();
			double rate = Math.round(occupied / total * 10000) / 10000.0;
			Number occ = fractional ? (Number) round(occupied) : (Number) (long) occupied;
			Number free = fractional ? (Number) round(total - occupied) : (Number) (total - (long) occupied);
			points.add(new OccupancyResponse.OccupancyPoint(bucket, occ, free, total, rate));
		}
		return points;
	}

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}

}
