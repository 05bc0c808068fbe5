package org.nordpark.api.sensor;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.catalog.Catalog;
import org.nordpark.api.influx.InfluxReader;
import org.nordpark.api.influx.InfluxSeries;
import org.nordpark.api.query.QueryProperties;
import org.nordpark.api.query.TimeWindow;
import org.nordpark.api.system.ApiProperties;
import org.nordpark.api.system.caching.JsonRenderer;
import org.nordpark.api.system.caching.RefreshingValue;
import org.nordpark.api.system.caching.RenderedJson;
import org.nordpark.api.system.problem.UnknownSensorException;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InfluxSchema.FieldType;
import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.SensorKind;
import org.nordpark.model.SensorModel;

import org.springframework.stereotype.Component;

/** Catalog entries merged with status, and one sensor's latest values. */
@Component
class SensorReader {

	/** Tags that identify the sensor rather than a series within it. */
	private static final Set<String> SENSOR_TAGS = Set.of(InfluxSchema.TAG_SENSOR_ID, InfluxSchema.TAG_ZONE,
			InfluxSchema.TAG_MODEL);

	private final Catalog catalog;

	private final InfluxReader influx;

	private final QueryProperties limits;

	private final Clock clock;

	private final RefreshingValue<SensorSnapshot> snapshot;

	SensorReader(Catalog catalog, SensorStatusReader status, InfluxReader influx, QueryProperties limits, Clock clock,
			ApiProperties api, JsonRenderer renderer) {
		this.catalog = catalog;
		this.influx = influx;
		this.limits = limits;
		this.clock = clock;
		this.snapshot = new RefreshingValue<>(api.cacheTtl(),
				() -> new SensorSnapshot(catalog.entries(), status.read(), renderer));
	}

	/**
	 * The sensor list (optionally of one kind or zone) as JSON or GeoJSON, from the
	 * cache.
	 */
	RenderedJson sensors(@Nullable SensorKind kind, @Nullable String zone, boolean geoJson) {
		return this.snapshot.get().rendered(kind, zone, geoJson);
	}

	private Stream<CatalogEntry> entries(@Nullable SensorKind kind, @Nullable String zone) {
		return this.catalog.entries()
			.stream()
			.filter((entry) -> kind == null || entry.kind() == kind)
			.filter((entry) -> zone == null || zone.equals(entry.zone()));
	}

	CatalogEntry entry(String sensorId) {
		return this.catalog.entry(sensorId).orElseThrow(() -> new UnknownSensorException(sensorId));
	}

	SensorDetail detail(String sensorId) {
		CatalogEntry entry = entry(sensorId);
		Map<Measurement, List<InfluxSeries>> latest = latestSeries(measurements(entry), sensorId);
		return detail(entry, latest, this.snapshot.get().statuses());
	}

	/**
	 * Every sensor of the catalog (optionally of one kind or zone) with its latest
	 * values, read with one request: the latest point of every series of every
	 * measurement.
	 */
	List<SensorDetail> details(@Nullable SensorKind kind, @Nullable String zone) {
		Map<Measurement, List<InfluxSeries>> latest = latestSeries(InfluxSchema.measurements(), null);
		SensorStatuses statuses = this.snapshot.get().statuses();
		return entries(kind, zone).map((entry) -> detail(entry, latest, statuses)).toList();
	}

	private static SensorDetail detail(CatalogEntry entry, Map<Measurement, List<InfluxSeries>> series,
			SensorStatuses statuses) {
		List<LatestValues> latest = new ArrayList<>();
		for (Measurement measurement : measurements(entry)) {
			series.getOrDefault(measurement, List.of())
				.stream()
				.filter((one) -> entry.sensorId().equals(one.tags().get(InfluxSchema.TAG_SENSOR_ID)))
				.map((one) -> latest(measurement, one))
				.flatMap(Optional::stream)
				.sorted(java.util.Comparator.comparing((LatestValues values) -> values.dims().toString()))
				.forEach(latest::add);
		}
		return new SensorDetail(SensorView.from(entry, statuses.statusOf(entry)), latest);
	}

	/**
	 * The latest point of each series of the measurements within the state lookback, of
	 * one sensor or of all.
	 */
	private Map<Measurement, List<InfluxSeries>> latestSeries(List<Measurement> measurements,
			@Nullable String sensorId) {
		StringBuilder q = new StringBuilder();
		for (Measurement measurement : measurements) {
			if (!q.isEmpty()) {
				q.append("; ");
			}
			q.append("SELECT * FROM \"")
				.append(InfluxSchema.RP_RAW)
				.append("\".\"")
				.append(measurement.name())
				.append("\" WHERE ");
			if (sensorId != null) {
				q.append("\"").append(InfluxSchema.TAG_SENSOR_ID).append("\" = $id AND ");
			}
			q.append("time >= $since AND time <= $now GROUP BY * ORDER BY time DESC LIMIT 1");
		}
		Instant now = this.clock.instant();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("since", TimeWindow.nanos(now.minus(this.limits.stateLookback())));
		params.put("now", TimeWindow.nanos(now));
		if (sensorId != null) {
			params.put("id", sensorId);
		}
		List<List<InfluxSeries>> results = this.influx.query(q.toString(), params);
		Map<Measurement, List<InfluxSeries>> byMeasurement = new LinkedHashMap<>();
		for (int i = 0; i < measurements.size(); i++) {
			byMeasurement.put(measurements.get(i), results.get(i));
		}
		return byMeasurement;
	}

	/**
	 * The measurements a sensor may have data in: its kind's, device health, link, then
	 * every other one its model can fill (a sensor may measure several things, e.g. an
	 * environment sensor with a microphone has noise); every measurement for models
	 * without a native decoder (their codec mapping may name any).
	 */
	static List<Measurement> measurements(CatalogEntry entry) {
		List<Measurement> measurements = new ArrayList<>();
		measurements.add(InfluxSchema.forKind(entry.kind()));
		if (entry.kind() != SensorKind.DEVICE) {
			measurements.add(InfluxSchema.DEVICE);
		}
		measurements.add(InfluxSchema.LINK);
		Set<SensorKind> kinds = kinds(entry);
		InfluxSchema.measurements()
			.stream()
			.filter((measurement) -> !measurements.contains(measurement))
			.filter((measurement) -> kinds.stream().anyMatch((kind) -> InfluxSchema.forKind(kind) == measurement))
			.forEach(measurements::add);
		return measurements;
	}

	/** Every field of every measurement. */
	static Set<String> allFields() {
		Set<String> fields = new java.util.TreeSet<>();
		InfluxSchema.measurements().forEach((m) -> fields.addAll(m.fields().keySet()));
		return fields;
	}

	/** The fields a sensor can be asked for. */
	static Set<String> fields(CatalogEntry entry) {
		Set<String> fields = new java.util.TreeSet<>();
		allFields().stream().filter((field) -> measurementOf(entry, field).isPresent()).forEach(fields::add);
		return fields;
	}

	/**
	 * The measurement holding a field of a sensor: its kind's, device health or link,
	 * else the one other measurement with that field, if the sensor's model can fill it;
	 * empty when there is none or more than one (e.g. {@code count} of an environment
	 * sensor).
	 */
	static Optional<Measurement> measurementOf(CatalogEntry entry, String field) {
		if (InfluxSchema.LINK.fields().containsKey(field)) {
			return Optional.of(InfluxSchema.LINK);
		}
		Set<SensorKind> kinds = kinds(entry);
		return InfluxSchema.kindOf(entry.kind(), field, List.of())
			.filter((kind) -> kind == entry.kind() || kind == SensorKind.DEVICE || kinds.contains(kind))
			.map(InfluxSchema::forKind);
	}

	/** The kinds a sensor's model can fill; all for models without a native decoder. */
	private static Set<SensorKind> kinds(CatalogEntry entry) {
		return SensorModel.fromId(entry.model())
			.map(SensorModel::measures)
			.orElseGet(() -> java.util.EnumSet.allOf(SensorKind.class));
	}

	private static Optional<LatestValues> latest(Measurement measurement, InfluxSeries series) {
		if (series.rows().isEmpty()) {
			return Optional.empty();
		}
		List<@Nullable Object> row = series.rows().get(0);
		Map<String, Number> values = new LinkedHashMap<>();
		for (Map.Entry<String, FieldType> field : measurement.fields().entrySet()) {
			Double value = series.number(row, field.getKey());
			if (value != null) {
				values.put(field.getKey(),
						(field.getValue() == FieldType.INTEGER) ? (Number) value.longValue() : value);
			}
		}
		if (values.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> dims = new TreeMap<>();
		series.tags().forEach((tag, value) -> {
			if (!SENSOR_TAGS.contains(tag) && !Objects.requireNonNullElse(value, "").isEmpty()) {
				dims.put(tag, value);
			}
		});
		return Optional.of(new LatestValues(measurement.name(), dims, InfluxSeries.time(row), values));
	}

}
