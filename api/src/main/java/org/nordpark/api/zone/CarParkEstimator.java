package org.nordpark.api.zone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.influx.InfluxReader;
import org.nordpark.api.influx.InfluxSeries;
import org.nordpark.api.query.QueryProperties;
import org.nordpark.api.query.TimeWindow;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.site.Zone;

import org.springframework.stereotype.Component;

/**
 * Estimates the occupancy of whole car parks from their gate counters (see
 * {@link GateCounts}): traffic counters in a {@code car_park} zone whose directions are
 * labelled {@value #ENTERING} and {@value #LEAVING}. Two queries per refresh, whatever
 * the number of car parks: the latest {@value #READINGS} readings of every gate, then
 * each car park's bay states at its anchor.
 */
@Component
class CarParkEstimator {

	/** Direction label of cars driving in. */
	static final String ENTERING = "entering";

	/** Direction label of cars driving out. */
	static final String LEAVING = "leaving";

	/** Readings per gate counter looked at: 50 hours at one per 15 minutes. */
	static final int READINGS = 200;

	private static final String GATES = "SELECT \"" + InfluxSchema.COUNT + "\" FROM \"" + InfluxSchema.RP_RAW + "\".\""
			+ InfluxSchema.TRAFFIC.name() + "\" WHERE time >= $since AND time <= $now AND (\"" + InfluxSchema.TAG_CLASS
			+ "\" = $car OR \"" + InfluxSchema.TAG_CLASS + "\" = $truck) AND (\"" + InfluxSchema.TAG_DIRECTION
			+ "\" = $entering OR \"" + InfluxSchema.TAG_DIRECTION + "\" = $leaving) GROUP BY \"" + InfluxSchema.TAG_ZONE
			+ "\", \"" + InfluxSchema.TAG_SENSOR_ID + "\", \"" + InfluxSchema.TAG_DIRECTION + "\", \""
			+ InfluxSchema.TAG_CLASS + "\" ORDER BY time DESC LIMIT " + READINGS;

	private final InfluxReader influx;

	private final QueryProperties limits;

	CarParkEstimator(InfluxReader influx, QueryProperties limits) {
		this.influx = influx;
		this.limits = limits;
	}

	/** The estimate of every car park with a capacity and gate counts, by zone id. */
	Map<String, ZoneSummary.CarPark> estimate(Instant now, List<Zone> carParks) {
		Map<String, Integer> capacities = new HashMap<>();
		for (Zone zone : carParks) {
			if (zone.type() == Zone.ZoneType.CAR_PARK && zone.capacity() != null && zone.capacity() > 0) {
				capacities.put(zone.id(), zone.capacity());
			}
		}
		if (capacities.isEmpty()) {
			return Map.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("since", TimeWindow.nanos(now.minus(this.limits.stateLookback())));
		params.put("now", TimeWindow.nanos(now));
		params.put("car", Dims.CLASS_CAR);
		params.put("truck", Dims.CLASS_TRUCK);
		params.put("entering", ENTERING);
		params.put("leaving", LEAVING);
		Map<String, GateCounts> gates = gates(this.influx.querySingle(GATES, params), capacities);
		if (gates.isEmpty()) {
			return Map.of();
		}
		// each car park's bays at its anchor, in one request
		List<String> zones = new ArrayList<>(gates.keySet());
		StringBuilder query = new StringBuilder();
		Map<String, Object> anchorParams = new HashMap<>();
		Map<String, Instant> anchors = new HashMap<>();
		for (int i = 0; i < zones.size(); i++) {
			Instant anchor = gates.get(zones.get(i)).anchor();
			anchors.put(zones.get(i), anchor);
			if (i > 0) {
				query.append("; ");
			}
			query.append("SELECT last(\"")
				.append(InfluxSchema.OCCUPIED)
				.append("\") AS \"")
				.append(InfluxSchema.OCCUPIED)
				.append("\" FROM \"")
				.append(InfluxSchema.RP_RAW)
				.append("\".\"")
				.append(InfluxSchema.PARKING.name())
				.append("\" WHERE \"")
				.append(InfluxSchema.TAG_ZONE)
				.append("\" = $z")
				.append(i)
				.append(" AND time >= $s")
				.append(i)
				.append(" AND time <= $a")
				.append(i)
				.append(" GROUP BY \"")
				.append(InfluxSchema.TAG_SENSOR_ID)
				.append('"');
			anchorParams.put("z" + i, zones.get(i));
			anchorParams.put("s" + i, TimeWindow.nanos(anchor.minus(this.limits.stateLookback())));
			anchorParams.put("a" + i, TimeWindow.nanos(anchor));
		}
		List<List<InfluxSeries>> bays = this.influx.query(query.toString(), anchorParams);
		Map<String, ZoneSummary.CarPark> estimates = new LinkedHashMap<>();
		for (int i = 0; i < zones.size(); i++) {
			String zone = zones.get(i);
			Double rate = rate(bays.get(i));
			if (rate == null) {
				continue; // no bay state at the anchor: nothing to anchor on
			}
			GateCounts counts = gates.get(zone);
			Instant anchor = anchors.get(zone);
			int capacity = counts.capacity();
			long occupied = counts.occupied(rate, anchor);
			estimates.put(zone,
					new ZoneSummary.CarPark(occupied, capacity - occupied, capacity,
							Math.round((double) occupied / capacity * 10000) / 10000.0, ZoneSummary.CarPark.METHOD,
							anchor, Math.round(rate * 10000) / 10000.0, counts.readings().get(0).time()));
		}
		return estimates;
	}

	private static Map<String, GateCounts> gates(List<InfluxSeries> series, Map<String, Integer> capacities) {
		Map<String, TreeMap<Instant, long[]>> byZone = new HashMap<>();
		for (InfluxSeries one : series) {
			String zone = one.tag(InfluxSchema.TAG_ZONE);
			Integer capacity = (zone != null) ? capacities.get(zone) : null;
			if (capacity == null) {
				continue;
			}
			int slot = ENTERING.equals(one.tag(InfluxSchema.TAG_DIRECTION)) ? 0 : 1;
			for (List<@Nullable Object> row : one.rows()) {
				Double count = one.number(row, InfluxSchema.COUNT);
				if (count != null) {
					byZone.computeIfAbsent(zone, (z) -> new TreeMap<>(Comparator.reverseOrder()))
						.computeIfAbsent(InfluxSeries.time(row), (t) -> new long[2])[slot] += Math.round(count);
				}
			}
		}
		Map<String, GateCounts> gates = new TreeMap<>();
		byZone.forEach((zone, readings) -> {
			List<GateCounts.Reading> list = new ArrayList<>();
			readings.forEach((time, counts) -> list.add(new GateCounts.Reading(time, counts[0], counts[1])));
			gates.put(zone, new GateCounts(list, capacities.get(zone)));
		});
		return gates;
	}

	private static @Nullable Double rate(List<InfluxSeries> bays) {
		long occupied = 0;
		long known = 0;
		for (InfluxSeries bay : bays) {
			if (bay.rows().isEmpty()) {
				continue;
			}
			Double value = bay.number(bay.rows().get(0), InfluxSchema.OCCUPIED);
			if (value != null) {
				known++;
				occupied += (value >= 0.5) ? 1 : 0;
			}
		}
		return (known == 0) ? null : (double) occupied / known;
	}

}
