package org.nordpark.api.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.influx.InfluxReader;
import org.nordpark.api.influx.InfluxSeries;
import org.nordpark.model.InfluxSchema.FieldType;
import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.model.InfluxSchema;

import org.springframework.stereotype.Component;

/**
 * Reads aggregated series of one field, grouped by time and by tags. Measurement, field,
 * function, interval and tag keys come from whitelists ({@link InfluxSchema},
 * {@link Interval}, {@link Aggregation}); tag values and times are bound parameters.
 */
@Component
public class SeriesReader {

	/** API names of InfluxDB tags. */
	private static final Map<String, String> API_NAMES = Map.of(InfluxSchema.TAG_SENSOR_ID, "sensorId",
			InfluxSchema.TAG_ZONE, "zone", InfluxSchema.TAG_CLASS, "class", InfluxSchema.TAG_DIRECTION, "direction",
			InfluxSchema.TAG_WEIGHTING, "weighting", InfluxSchema.TAG_MODEL, "model");

	private final InfluxReader influx;

	private final QueryProperties limits;

	SeriesReader(InfluxReader influx, QueryProperties limits) {
		this.influx = influx;
		this.limits = limits;
	}

	/**
	 * Reads one field.
	 * @param measurement the measurement
	 * @param field a field of the measurement
	 * @param agg the aggregation
	 * @param window range and interval
	 * @param filters tag key (from {@link InfluxSchema}) to required value; null values
	 * are ignored
	 * @param groupBy tag keys (from {@link InfluxSchema}) that split the result into
	 * series
	 */
	public SeriesResponse read(Measurement measurement, String field, Aggregation agg, SeriesWindow window,
			Map<String, @Nullable String> filters, List<String> groupBy) {
		if (!measurement.fields().containsKey(field)) {
			throw new IllegalArgumentException("field " + field + " is not in " + measurement.name());
		}
		SeriesSource source = SeriesSource.choose(measurement, field, agg, window, this.limits);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("from", window.range().fromNanos());
		params.put("to", window.range().toNanos());
		StringBuilder q = new StringBuilder("SELECT ").append(source.expression())
			.append(" AS \"value\" FROM \"")
			.append(source.retentionPolicy())
			.append("\".\"")
			.append(measurement.name())
			.append("\" WHERE time >= $from AND time < $to");
		int n = 0;
		for (Map.Entry<String, @Nullable String> filter : filters.entrySet()) {
			if (filter.getValue() != null) {
				requireTag(measurement, filter.getKey());
				String param = "p" + n++;
				q.append(" AND \"").append(filter.getKey()).append("\" = $").append(param);
				params.put(param, filter.getValue());
			}
		}
		q.append(" GROUP BY time(").append(window.every().id()).append(')');
		for (String tag : groupBy) {
			requireTag(measurement, tag);
			q.append(", \"").append(tag).append('"');
		}
		q.append(" fill(none)");
		boolean integers = agg == Aggregation.COUNT
				|| (measurement.fieldType(field).orElse(FieldType.FLOAT) == FieldType.INTEGER && agg.keepsIntegers());
		List<SeriesData> series = new ArrayList<>();
		for (InfluxSeries s : this.influx.querySingle(q.toString(), params)) {
			List<SeriesPoint> points = new ArrayList<>();
			for (List<@Nullable Object> row : s.rows()) {
				Double value = s.number(row, "value");
				points.add(new SeriesPoint(InfluxSeries.time(row), number(value, integers)));
			}
			series.add(new SeriesData(apiTags(s.tags()), points));
		}
		series.sort(Comparator.comparing((SeriesData d) -> d.tags().toString()));
		return new SeriesResponse(field, agg.id(), window.every().id(), window.range().from(), window.range().to(),
				source.retentionPolicy(), series);
	}

	/** InfluxDB tags renamed to their API names, sorted. */
	public static Map<String, String> apiTags(Map<String, String> tags) {
		Map<String, String> out = new TreeMap<>();
		tags.forEach((key, value) -> {
			if (!value.isEmpty()) {
				out.put(API_NAMES.getOrDefault(key, key), value);
			}
		});
		return out;
	}

	static @Nullable Number number(@Nullable Double value, boolean integer) {
		if (value == null) {
			return null;
		}
		return (integer && value == Math.rint(value)) ? (Number) value.longValue() : value;
	}

	private static void requireTag(Measurement measurement, String tag) {
		if (!measurement.tags().contains(tag)) {
			throw new IllegalArgumentException("tag " + tag + " is not in " + measurement.name());
		}
	}

}
