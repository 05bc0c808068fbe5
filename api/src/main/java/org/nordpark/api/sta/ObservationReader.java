package org.nordpark.api.sta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.influx.InfluxReader;
import org.nordpark.api.influx.InfluxSeries;
import org.nordpark.api.query.TimeWindow;
import org.nordpark.model.InfluxSchema;

import org.springframework.stereotype.Component;

/**
 * Reads Observations (the raw points of one field of one series) with InfluxQL. Names in
 * the statements come from {@link InfluxSchema}; tag values, times and compared numbers
 * are bound parameters. Several Datastreams are read in one request, one statement each.
 */
@Component
class ObservationReader {

	private static final Instant MIN_TIME = Instant.parse("1677-09-21T00:12:44Z");

	private static final Instant MAX_TIME = Instant.parse("2262-04-11T23:47:16Z");

	private final InfluxReader influx;

	ObservationReader(InfluxReader influx) {
		this.influx = influx;
	}

	/** The points of each slice, in time order (descending if asked). */
	List<List<Point>> read(List<Slice> slices, Pushdown pushdown, boolean descending) {
		if (slices.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> statements = new ArrayList<>();
		for (int i = 0; i < slices.size(); i++) {
			Slice slice = slices.get(i);
			StringBuilder q = new StringBuilder("SELECT \"").append(slice.datastream().field())
				.append("\" FROM ")
				.append(where(slice.datastream(), pushdown.conditions(), List.of(), "s" + i, params));
			q.append(" ORDER BY time ").append(descending ? "DESC" : "ASC");
			q.append(" LIMIT ").append(slice.limit());
			if (slice.offset() > 0) {
				q.append(" OFFSET ").append(slice.offset());
			}
			statements.add(q.toString());
		}
		List<List<InfluxSeries>> results = this.influx.query(String.join("; ", statements), params);
		List<List<Point>> out = new ArrayList<>();
		for (int i = 0; i < slices.size(); i++) {
			out.add(points(slices.get(i).datastream(), (i < results.size()) ? results.get(i) : List.of()));
		}
		return out;
	}

	/**
	 * The newest (or oldest) matching point of each Datastream, with one statement per
	 * measurement and field ({@code last}/{@code first} grouped by the identity tags)
	 * however many Datastreams there are.
	 */
	Map<Long, Point> selectEach(List<DatastreamSource> datastreams, Pushdown pushdown, boolean newest) {
		Map<String, List<DatastreamSource>> groups = new LinkedHashMap<>();
		for (DatastreamSource ds : datastreams) {
			groups.computeIfAbsent(ds.measurement().name() + "\u0000" + ds.field(), (k) -> new ArrayList<>()).add(ds);
		}
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> statements = new ArrayList<>();
		List<List<DatastreamSource>> order = new ArrayList<>();
		String function = newest ? "last" : "first";
		for (List<DatastreamSource> group : groups.values()) {
			DatastreamSource any = group.get(0);
			StringBuilder q = new StringBuilder("SELECT ").append(function)
				.append("(\"")
				.append(any.field())
				.append("\") FROM \"")
				.append(InfluxSchema.RP_RAW)
				.append("\".\"")
				.append(any.measurement().name())
				.append('"');
			String prefix = "g" + statements.size();
			String and = " WHERE ";
			for (int c = 0; c < pushdown.conditions().size(); c++) {
				q.append(and);
				condition(q, any, pushdown.conditions().get(c), prefix + "c" + c, params);
				and = " AND ";
			}
			q.append(" GROUP BY ")
				.append(String.join(", ",
						StaModelSource.identityTags(any.measurement()).stream().map((t) -> "\"" + t + "\"").toList()));
			statements.add(q.toString());
			order.add(group);
		}
		List<List<InfluxSeries>> results = statements.isEmpty() ? List.of()
				: this.influx.query(String.join("; ", statements), params);
		Map<Long, Point> out = new LinkedHashMap<>();
		for (int i = 0; i < order.size() && i < results.size(); i++) {
			Map<String, DatastreamSource> byTags = new java.util.HashMap<>();
			for (DatastreamSource ds : order.get(i)) {
				byTags.put(ds.sensorId() + ds.dims(), ds);
			}
			for (InfluxSeries s : results.get(i)) {
				Map<String, String> dims = new java.util.TreeMap<>();
				s.tags().forEach((tag, value) -> {
					if (!tag.equals(InfluxSchema.TAG_SENSOR_ID) && !value.isEmpty()) {
						dims.put(tag, value);
					}
				});
				DatastreamSource ds = byTags.get(s.tags().getOrDefault(InfluxSchema.TAG_SENSOR_ID, "") + dims);
				if (ds != null && !s.rows().isEmpty() && s.rows().get(0).get(1) instanceof Number number) {
					out.put(ds.id(), new Point(ds, InfluxSeries.time(s.rows().get(0)), result(number, ds.integer())));
				}
			}
		}
		return out;
	}

	/** The number of points of each Datastream that match the pushed-down conditions. */
	List<Long> count(List<DatastreamSource> datastreams, Pushdown pushdown) {
		if (datastreams.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> statements = new ArrayList<>();
		for (int i = 0; i < datastreams.size(); i++) {
			DatastreamSource ds = datastreams.get(i);
			statements.add("SELECT count(\"" + ds.field() + "\") FROM "
					+ where(ds, pushdown.conditions(), List.of(), "s" + i, params));
		}
		List<List<InfluxSeries>> results = this.influx.query(String.join("; ", statements), params);
		List<Long> counts = new ArrayList<>();
		for (int i = 0; i < datastreams.size(); i++) {
			long n = 0;
			for (InfluxSeries s : (i < results.size()) ? results.get(i) : List.<InfluxSeries>of()) {
				for (List<@Nullable Object> row : s.rows()) {
					Double value = s.number(row, "count");
					n += (value != null) ? value.longValue() : 0;
				}
			}
			counts.add(n);
		}
		return counts;
	}

	/** The point an Observation id names (the first in its second). */
	Optional<Point> find(DatastreamSource ds, long observationId) {
		Instant second = StaIds.secondOf(observationId);
		List<Pushdown.Condition> conditions = List.of(new Pushdown.Condition(true, ">=", second),
				new Pushdown.Condition(true, "<", second.plusSeconds(1)));
		Map<String, Object> params = new LinkedHashMap<>();
		String q = "SELECT \"" + ds.field() + "\" FROM " + where(ds, conditions, List.of(), "s0", params)
				+ " ORDER BY time ASC LIMIT 1";
		List<Point> points = points(ds, this.influx.querySingle(q, params));
		return points.stream().findFirst();
	}

	private static String where(DatastreamSource ds, List<Pushdown.Condition> conditions, List<Pushdown.Condition> more,
			String prefix, Map<String, Object> params) {
		StringBuilder q = new StringBuilder("\"").append(InfluxSchema.RP_RAW)
			.append("\".\"")
			.append(ds.measurement().name())
			.append("\" WHERE ");
		List<String> tags = StaModelSource.identityTags(ds.measurement());
		String and = "";
		for (int t = 0; t < tags.size(); t++) {
			String tag = tags.get(t);
			String value = tag.equals(InfluxSchema.TAG_SENSOR_ID) ? ds.sensorId() : ds.dims().getOrDefault(tag, "");
			String param = prefix + "t" + t;
			q.append(and).append('"').append(tag).append("\" = $").append(param);
			params.put(param, value);
			and = " AND ";
		}
		List<Pushdown.Condition> all = new ArrayList<>(conditions);
		all.addAll(more);
		for (int c = 0; c < all.size(); c++) {
			q.append(" AND ");
			condition(q, ds, all.get(c), prefix + "c" + c, params);
		}
		return q.toString();
	}

	private static void condition(StringBuilder q, DatastreamSource ds, Pushdown.Condition condition, String param,
			Map<String, Object> params) {
		if (condition.time()) {
			q.append("time ").append(condition.operator()).append(" $").append(param);
			params.put(param, nanos((Instant) condition.value()));
		}
		else {
			q.append('"').append(ds.field()).append("\" ").append(condition.operator()).append(" $").append(param);
			params.put(param, condition.value());
		}
	}

	/**
	 * Epoch nanoseconds, clamped to what InfluxDB can store (years 1677 to 2262), so
	 * {@code maxdatetime()} or a year-9999 literal compares as "after everything".
	 */
	static long nanos(Instant instant) {
		if (instant.isBefore(MIN_TIME)) {
			return TimeWindow.nanos(MIN_TIME);
		}
		if (instant.isAfter(MAX_TIME)) {
			return TimeWindow.nanos(MAX_TIME);
		}
		return TimeWindow.nanos(instant);
	}

	private static List<Point> points(DatastreamSource ds, List<InfluxSeries> series) {
		List<Point> points = new ArrayList<>();
		for (InfluxSeries s : series) {
			int column = s.columns().indexOf(ds.field());
			for (List<@Nullable Object> row : s.rows()) {
				Object value = (column >= 0 && column < row.size()) ? row.get(column) : null;
				if (value instanceof Number number) {
					points.add(new Point(ds, InfluxSeries.time(row), result(number, ds.integer())));
				}
			}
		}
		return points;
	}

	private static Number result(Number value, boolean integer) {
		double d = value.doubleValue();
		return (integer && d == Math.rint(d)) ? (Number) (long) d : (Number) d;
	}

	/**
	 * Part of one Datastream's points.
	 *
	 * @param datastream the Datastream
	 * @param offset points skipped
	 * @param limit most points read
	 */
	record Slice(DatastreamSource datastream, long offset, long limit) {

	}

	/**
	 * One point: the Observation of a Datastream at a time.
	 *
	 * @param datastream the Datastream
	 * @param time the point's time
	 * @param result the value
	 */
	record Point(DatastreamSource datastream, Instant time, Number result) {

		long id() {
			return StaIds.observation(this.datastream.id(), this.time);
		}

	}

}
