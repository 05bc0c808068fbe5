package org.nordpark.ingest.carpark;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.influxdb.InfluxDB;
import org.influxdb.dto.BatchPoints;
import org.influxdb.dto.BoundParameterQuery;
import org.influxdb.dto.Point;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;
import org.jspecify.annotations.Nullable;
import org.nordpark.ingest.influx.BatchWriter;
import org.nordpark.ingest.influx.InfluxProperties;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.Zone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes the derived {@code car_park} series: every {@code nordpark.car-parks.every}, for
 * each car park of the site manifest with a capacity and gate counters, the
 * {@link CarParkEstimator estimate} at every multiple of {@code every}. Each run
 * recomputes the moments the continuous queries still roll up (the last
 * {@code rollup-window} minus one hour), so readings arriving a little late are taken in;
 * moments older than that are recomputed when the writer reports late points (a backfill,
 * a backlog after an outage) and at the first run (from the newest stored estimate, at
 * most {@code catch-up} back); their hours are then rolled up again like late points. The
 * same estimate written twice is the same point, so several ingest instances may each
 * write the series.
 */
@Component
class CarParkSeries implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CarParkSeries.class);

	/** Direction label of vehicles driving in at a car park's gate. */
	static final String ENTERING = "entering";

	/** Direction label of vehicles driving out. */
	static final String LEAVING = "leaving";

	/** How far back a bay's latest state counts (the api's default state lookback). */
	static final Duration BAY_STATE_LOOKBACK = Duration.ofDays(30);

	private static final int POINTS_PER_WRITE = 5000;

	private static final String GATES = "SELECT \"" + InfluxSchema.COUNT + "\" FROM \"" + InfluxSchema.RP_RAW + "\".\""
			+ InfluxSchema.TRAFFIC.name() + "\" WHERE time > $since AND time <= $to AND (\"" + InfluxSchema.TAG_CLASS
			+ "\" = $car OR \"" + InfluxSchema.TAG_CLASS + "\" = $truck) AND (\"" + InfluxSchema.TAG_DIRECTION
			+ "\" = $entering OR \"" + InfluxSchema.TAG_DIRECTION + "\" = $leaving) GROUP BY \"" + InfluxSchema.TAG_ZONE
			+ "\", \"" + InfluxSchema.TAG_DIRECTION + "\"";

	private static final String BAYS = "SELECT last(\"" + InfluxSchema.OCCUPIED + "\") AS \"" + InfluxSchema.OCCUPIED
			+ "\" FROM \"" + InfluxSchema.RP_RAW + "\".\"" + InfluxSchema.PARKING.name()
			+ "\" WHERE time >= $stateSince AND time <= $since GROUP BY \"" + InfluxSchema.TAG_ZONE + "\", \""
			+ InfluxSchema.TAG_SENSOR_ID + "\"; SELECT \"" + InfluxSchema.OCCUPIED + "\" FROM \"" + InfluxSchema.RP_RAW
			+ "\".\"" + InfluxSchema.PARKING.name() + "\" WHERE time > $since AND time <= $to GROUP BY \""
			+ InfluxSchema.TAG_ZONE + "\", \"" + InfluxSchema.TAG_SENSOR_ID + "\"";

	private static final String NEWEST = "SELECT last(\"" + InfluxSchema.OCCUPIED + "\") FROM \"" + InfluxSchema.RP_RAW
			+ "\".\"" + InfluxSchema.CAR_PARK.name() + "\"";

	private final InfluxDB influx;

	private final String database;

	private final CarParkProperties properties;

	private final BatchWriter writer;

	private final Duration recent;

	private final Map<String, CarParkEstimator> carParks;

	private final AtomicLong lateFrom = new AtomicLong(Long.MAX_VALUE);

	private boolean first = true;

	private @Nullable ScheduledExecutorService runner;

	CarParkSeries(InfluxDB influx, InfluxProperties influxProperties, CarParkProperties properties,
			BatchWriter writer) {
		this.influx = influx;
		this.database = influxProperties.database();
		this.properties = properties;
		this.writer = writer;
		this.recent = influxProperties.rollupWindow().minusHours(1);
		this.carParks = carParks(properties);
		writer.whenLate((nanos) -> this.lateFrom.accumulateAndGet(nanos, Math::min));
	}

	private static Map<String, CarParkEstimator> carParks(CarParkProperties properties) {
		Map<String, CarParkEstimator> carParks = new LinkedHashMap<>();
		if (!Files.isRegularFile(properties.siteManifest())) {
			log.info("no site manifest, no whole-car-park series [file: {}]",
					properties.siteManifest().toAbsolutePath());
			return carParks;
		}
		for (Zone zone : SiteManifest.load(properties.siteManifest()).zones()) {
			if (zone.type() == Zone.ZoneType.CAR_PARK && zone.capacity() != null && zone.capacity() > 0) {
				carParks.put(zone.id(), new CarParkEstimator(zone.capacity(), properties.lookback()));
			}
		}
		log.info("whole-car-park series [car parks: {}, every: {}]", carParks.keySet(), properties.every());
		return carParks;
	}

	/**
	 * Computes and writes the estimates up to {@code now}.
	 * @return the number of points written
	 * @throws RuntimeException when InfluxDB cannot be read or written (the next run
	 * covers the same moments)
	 */
	synchronized int run(Instant now) {
		if (this.carParks.isEmpty()) {
			return 0;
		}
		long step = this.properties.every().toMillis();
		Instant to = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), step) * step);
		Instant oldest = to.minus(this.properties.catchUp());
		Instant recentFrom = now.minus(this.recent);
		Instant from = recentFrom;
		if (this.first) {
			Instant newest = newestStored();
			from = (newest == null) ? oldest : (newest.isBefore(recentFrom) ? newest : recentFrom);
		}
		long late = this.lateFrom.getAndSet(Long.MAX_VALUE);
		try {
			if (late != Long.MAX_VALUE) {
				Instant lateTime = Instant.ofEpochSecond(0, late);
				from = lateTime.isBefore(from) ? lateTime : from;
			}
			from = from.isBefore(oldest) ? oldest : from;
			List<Instant> moments = new ArrayList<>();
			for (long t = Math.floorDiv(from.toEpochMilli() + step - 1, step) * step; t <= to
				.toEpochMilli(); t += step) {
				moments.add(Instant.ofEpochMilli(t));
			}
			if (moments.isEmpty()) {
				return 0;
			}
			Instant since = moments.get(0).minus(this.properties.lookback());
			Map<String, List<GateReading>> gates = gates(since, to);
			Map<String, Map<String, NavigableMap<Instant, Boolean>>> bays = bays(since, to);
			List<Point> points = new ArrayList<>();
			gates.forEach((zone, readings) -> {
				CarParkEstimator estimator = this.carParks.get(zone);
				Collection<NavigableMap<Instant, Boolean>> zoneBays = bays.getOrDefault(zone, Map.of()).values();
				for (CarParkEstimate estimate : estimator.estimate(readings, zoneBays, moments)) {
					points.add(point(zone, estimate));
				}
			});
			write(points);
			for (Instant moment : moments) {
				if (!moment.isBefore(recentFrom)) {
					break;
				}
				// an hour the continuous queries no longer refresh: rolled up again
				this.writer.noteLate(moment.getEpochSecond() * 1_000_000_000L);
			}
			this.first = false;
			return points.size();
		}
		catch (RuntimeException ex) {
			if (late != Long.MAX_VALUE) {
				this.lateFrom.accumulateAndGet(late, Math::min);
			}
			throw ex;
		}
	}

	private @Nullable Instant newestStored() {
		QueryResult result = query(new Query(NEWEST, this.database));
		List<QueryResult.Series> series = result.getResults().get(0).getSeries();
		if (series == null || series.isEmpty() || series.get(0).getValues().isEmpty()) {
			return null;
		}
		return time(series.get(0).getValues().get(0));
	}

	private Map<String, List<GateReading>> gates(Instant since, Instant to) {
		QueryResult result = query(BoundParameterQuery.QueryBuilder.newQuery(GATES)
			.forDatabase(this.database)
			.bind("since", nanos(since))
			.bind("to", nanos(to))
			.bind("car", Dims.CLASS_CAR)
			.bind("truck", Dims.CLASS_TRUCK)
			.bind("entering", ENTERING)
			.bind("leaving", LEAVING)
			.create());
		Map<String, TreeMap<Instant, long[]>> byZone = new HashMap<>();
		for (QueryResult.Series series : seriesOf(result, 0)) {
			String zone = series.getTags().get(InfluxSchema.TAG_ZONE);
			if (zone == null || !this.carParks.containsKey(zone)) {
				continue;
			}
			int slot = ENTERING.equals(series.getTags().get(InfluxSchema.TAG_DIRECTION)) ? 0 : 1;
			int column = series.getColumns().indexOf(InfluxSchema.COUNT);
			for (List<Object> row : series.getValues()) {
				if (row.get(column) instanceof Number count) {
					byZone.computeIfAbsent(zone, (z) -> new TreeMap<>())
						.computeIfAbsent(time(row), (t) -> new long[2])[slot] += Math.round(count.doubleValue());
				}
			}
		}
		Map<String, List<GateReading>> gates = new TreeMap<>();
		byZone.forEach((zone, readings) -> {
			List<GateReading> list = new ArrayList<>();
			readings.forEach((time, counts) -> list.add(new GateReading(time, counts[0], counts[1])));
			gates.put(zone, list);
		});
		return gates;
	}

	private Map<String, Map<String, NavigableMap<Instant, Boolean>>> bays(Instant since, Instant to) {
		QueryResult result = query(BoundParameterQuery.QueryBuilder.newQuery(BAYS)
			.forDatabase(this.database)
			.bind("stateSince", nanos(since.minus(BAY_STATE_LOOKBACK)))
			.bind("since", nanos(since))
			.bind("to", nanos(to))
			.create());
		Map<String, Map<String, NavigableMap<Instant, Boolean>>> bays = new HashMap<>();
		for (int statement = 0; statement < 2; statement++) {
			for (QueryResult.Series series : seriesOf(result, statement)) {
				String zone = series.getTags().get(InfluxSchema.TAG_ZONE);
				if (zone == null || !this.carParks.containsKey(zone)) {
					continue;
				}
				NavigableMap<Instant, Boolean> bay = bays.computeIfAbsent(zone, (z) -> new HashMap<>())
					.computeIfAbsent(series.getTags().get(InfluxSchema.TAG_SENSOR_ID), (b) -> new TreeMap<>());
				int column = series.getColumns().indexOf(InfluxSchema.OCCUPIED);
				for (List<Object> row : series.getValues()) {
					if (row.get(column) instanceof Number occupied) {
						bay.put(time(row), occupied.doubleValue() >= 0.5);
					}
				}
			}
		}
		return bays;
	}

	private static Point point(String zone, CarParkEstimate estimate) {
		return Point.measurement(InfluxSchema.CAR_PARK.name())
			.time(estimate.time().toEpochMilli(), TimeUnit.MILLISECONDS)
			.tag(InfluxSchema.TAG_ZONE, zone)
			.addField(InfluxSchema.OCCUPIED, estimate.occupied())
			.addField(InfluxSchema.FREE, estimate.free())
			.addField(InfluxSchema.CAPACITY, (long) estimate.capacity())
			.addField(InfluxSchema.OCCUPANCY_RATE, estimate.occupancyRate())
			.addField(InfluxSchema.ANCHOR_RATE, estimate.anchorRate())
			.addField(InfluxSchema.ANCHORED_AT_S, estimate.anchoredAt().getEpochSecond())
			.build();
	}

	private void write(List<Point> points) {
		for (int i = 0; i < points.size(); i += POINTS_PER_WRITE) {
			BatchPoints batch = BatchPoints.database(this.database)
				.retentionPolicy(InfluxSchema.RP_RAW)
				.precision(TimeUnit.MILLISECONDS)
				.points(points.subList(i, Math.min(points.size(), i + POINTS_PER_WRITE)))
				.build();
			this.influx.write(batch);
		}
	}

	private QueryResult query(Query query) {
		QueryResult result = this.influx.query(query, TimeUnit.MILLISECONDS);
		if (result.hasError() || result.getResults().stream().anyMatch(QueryResult.Result::hasError)) {
			throw new IllegalStateException(String.valueOf(result));
		}
		return result;
	}

	private static List<QueryResult.Series> seriesOf(QueryResult result, int statement) {
		List<QueryResult.Series> series = result.getResults().get(statement).getSeries();
		return (series != null) ? series : List.of();
	}

	private static Instant time(List<Object> row) {
		return Instant.ofEpochMilli(Math.round(((Number) row.get(0)).doubleValue()));
	}

	private static long nanos(Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

	@Override
	public synchronized void start() {
		if (this.carParks.isEmpty() || this.runner != null) {
			return;
		}
		this.runner = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "car-park-series");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.every().toMillis();
		this.runner.scheduleWithFixedDelay(this::runNow, Math.min(every, 5000), every, TimeUnit.MILLISECONDS);
	}

	private void runNow() {
		try {
			int written = run(Instant.now());
			log.debug("whole-car-park estimates written [points: {}]", written);
		}
		catch (RuntimeException ex) {
			log.warn("whole-car-park estimates not written, next run retries [error: {}]", ex.getMessage());
		}
	}

	@Override
	public synchronized void stop() {
		if (this.runner != null) {
			this.runner.shutdownNow();
			this.runner = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.runner != null;
	}

}
