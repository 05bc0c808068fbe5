package org.nordpark.api.zone;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.catalog.Catalog;
import org.nordpark.api.catalog.SiteManifestSource;
import org.nordpark.api.influx.InfluxReader;
import org.nordpark.api.influx.InfluxSeries;
import org.nordpark.api.query.QueryProperties;
import org.nordpark.api.query.TimeWindow;
import org.nordpark.api.system.ApiProperties;
import org.nordpark.api.system.caching.JsonRenderer;
import org.nordpark.api.system.caching.RefreshingValue;
import org.nordpark.api.system.caching.RenderedJson;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.Zone;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Computes every zone's summary with one database request (latest state of every bay,
 * latest environment point of every sensor, latest whole-car-park estimate) and keeps it,
 * serialised, for the cache ttl.
 */
@Component
class ZoneSummaryReader {

	private static final String QUERY = "SELECT last(\"" + InfluxSchema.OCCUPIED + "\") AS \"" + InfluxSchema.OCCUPIED
			+ "\" FROM \"" + InfluxSchema.RP_RAW + "\".\"" + InfluxSchema.PARKING.name()
			+ "\" WHERE time >= $since AND time <= $now GROUP BY \"" + InfluxSchema.TAG_SENSOR_ID + "\", \""
			+ InfluxSchema.TAG_ZONE + "\"; SELECT * FROM \"" + InfluxSchema.RP_RAW + "\".\""
			+ InfluxSchema.ENVIRONMENT.name() + "\" WHERE time >= $since AND time <= $now GROUP BY \""
			+ InfluxSchema.TAG_SENSOR_ID + "\", \"" + InfluxSchema.TAG_ZONE
			+ "\" ORDER BY time DESC LIMIT 1; SELECT * FROM \"" + InfluxSchema.RP_RAW + "\".\""
			+ InfluxSchema.CAR_PARK.name() + "\" WHERE time >= $since AND time <= $now GROUP BY \""
			+ InfluxSchema.TAG_ZONE + "\" ORDER BY time DESC LIMIT 1";

	private final InfluxReader influx;

	private final Catalog catalog;

	private final SiteManifestSource site;

	private final QueryProperties limits;

	private final Clock clock;

	private final RefreshingValue<RenderedJson> zones;

	ZoneSummaryReader(InfluxReader influx, Catalog catalog, SiteManifestSource site, QueryProperties limits,
			ApiProperties api, Clock clock, JsonRenderer renderer) {
		this.influx = influx;
		this.catalog = catalog;
		this.site = site;
		this.limits = limits;
		this.clock = clock;
		this.zones = new RefreshingValue<>(api.cacheTtl(), () -> renderer.render(load(), MediaType.APPLICATION_JSON));
	}

	/** The zone list as JSON. */
	RenderedJson zones() {
		return this.zones.get();
	}

	private ZoneList load() {
		Instant now = this.clock.instant();
		List<List<InfluxSeries>> results = this.influx.query(QUERY, Map.of("since",
				TimeWindow.nanos(now.minus(this.limits.stateLookback())), "now", TimeWindow.nanos(now)));
		Map<String, ParkingTally> parking = new HashMap<>();
		for (InfluxSeries bay : results.get(0)) {
			Double occupied = bay.number(bay.rows().get(0), InfluxSchema.OCCUPIED);
			String zone = bay.tag(InfluxSchema.TAG_ZONE);
			if (occupied != null && zone != null && !zone.isEmpty()) {
				parking.computeIfAbsent(zone, (z) -> new ParkingTally())
					.add(occupied >= 0.5, InfluxSeries.time(bay.rows().get(0)));
			}
		}
		Map<String, Map<String, EnvironmentTally>> environment = new HashMap<>();
		for (InfluxSeries sensor : results.get(1)) {
			String zone = sensor.tag(InfluxSchema.TAG_ZONE);
			if (zone == null || zone.isEmpty() || sensor.rows().isEmpty()) {
				continue;
			}
			List<@Nullable Object> row = sensor.rows().get(0);
			Instant time = InfluxSeries.time(row);
			for (String field : InfluxSchema.ENVIRONMENT.fields().keySet()) {
				Double value = sensor.number(row, field);
				if (value != null) {
					environment.computeIfAbsent(zone, (z) -> new TreeMap<>())
						.computeIfAbsent(field, (f) -> new EnvironmentTally())
						.add(value, time);
				}
			}
		}
		Map<String, ZoneSummary.CarPark> carParks = new HashMap<>();
		for (InfluxSeries carPark : results.get(2)) {
			String zone = carPark.tag(InfluxSchema.TAG_ZONE);
			ZoneSummary.CarPark estimate = carPark(carPark);
			if (zone != null && estimate != null) {
				carParks.put(zone, estimate);
			}
		}
		List<ZoneSummary> summaries = new ArrayList<>();
		for (String id : zoneIds(parking.keySet(), environment.keySet())) {
			Zone zone = this.site.manifest().flatMap((m) -> m.zone(id)).orElse(null);
			ParkingTally bays = parking.get(id);
			Map<String, ZoneSummary.EnvironmentValue> env = new TreeMap<>();
			environment.getOrDefault(id, Map.of()).forEach((field, tally) -> env.put(field, tally.value()));
			summaries.add(new ZoneSummary(id, (zone != null) ? zone.name() : id,
					(zone != null) ? zone.type().name().toLowerCase(java.util.Locale.ROOT) : null,
					(zone != null) ? zone.capacity() : null,
					(zone != null) ? new ZoneSummary.Position(zone.centre().lat(), zone.centre().lon()) : null,
					(bays != null) ? bays.value() : null, carParks.get(id), env));
		}
		return new ZoneList(now, summaries);
	}

	private static ZoneSummary.@Nullable CarPark carPark(InfluxSeries series) {
		if (series.rows().isEmpty()) {
			return null;
		}
		List<@Nullable Object> row = series.rows().get(0);
		Double occupied = series.number(row, InfluxSchema.OCCUPIED);
		Double capacity = series.number(row, InfluxSchema.CAPACITY);
		Double anchoredAt = series.number(row, InfluxSchema.ANCHORED_AT_S);
		Double anchorRate = series.number(row, InfluxSchema.ANCHOR_RATE);
		if (occupied == null || capacity == null || capacity <= 0 || anchoredAt == null || anchorRate == null) {
			return null;
		}
		long occ = Math.round(occupied);
		int spaces = (int) Math.round(capacity);
		return new ZoneSummary.CarPark(occ, spaces - occ, spaces, Math.round((double) occ / spaces * 10000) / 10000.0,
				ZoneSummary.CarPark.METHOD, Instant.ofEpochSecond(Math.round(anchoredAt)), anchorRate,
				InfluxSeries.time(row));
	}

	private Set<String> zoneIds(Set<String> parking, Set<String> environment) {
		Set<String> ids = new LinkedHashSet<>();
		this.site.manifest().map(SiteManifest::zones).orElse(List.of()).forEach((zone) -> ids.add(zone.id()));
		Set<String> others = new TreeSet<>();
		this.catalog.entries().forEach((entry) -> {
			if (entry.zone() != null) {
				others.add(entry.zone());
			}
		});
		others.addAll(parking);
		others.addAll(environment);
		ids.addAll(others);
		return ids;
	}

	private static final class ParkingTally {

		long occupied;

		long total;

		Instant updatedAt = Instant.EPOCH;

		void add(boolean occupied, Instant time) {
			this.total++;
			if (occupied) {
				this.occupied++;
			}
			if (time.isAfter(this.updatedAt)) {
				this.updatedAt = time;
			}
		}

		ZoneSummary.Parking value() {
			double rate = Math.round((double) this.occupied / this.total * 10000) / 10000.0;
			return new ZoneSummary.Parking(this.occupied, this.total - this.occupied, this.total, rate, this.updatedAt);
		}

	}

	private static final class EnvironmentTally {

		double sum;

		int sensors;

		Instant time = Instant.EPOCH;

		void add(double value, Instant time) {
			this.sum += value;
			this.sensors++;
			if (time.isAfter(this.time)) {
				this.time = time;
			}
		}

		ZoneSummary.EnvironmentValue value() {
			return new ZoneSummary.EnvironmentValue(Math.round(this.sum / this.sensors * 10000) / 10000.0, this.sensors,
					this.time);
		}

	}

}
