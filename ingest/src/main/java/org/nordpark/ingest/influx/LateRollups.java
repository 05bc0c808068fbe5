package org.nordpark.ingest.influx;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.influxdb.InfluxDB;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;
import org.nordpark.model.InfluxSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolls up the hours that received points too late for the continuous queries, whose
 * refreshes only look {@code rollup-window} back: a backlog delivered after an outage, a
 * gateway that forwarded old frames. The writer notes the hour of each late point; every
 * {@code late-rollup-every} (30 s) the noted hours are rolled up again with the
 * continuous queries' own {@code SELECT ... INTO} for that hour (idempotent).
 */
final class LateRollups {

	private static final Logger log = LoggerFactory.getLogger(LateRollups.class);

	private static final long HOUR_NANOS = TimeUnit.HOURS.toNanos(1);

	private static final int MAX_PENDING_HOURS = 24 * 400;

	private final InfluxDB influx;

	private final InfluxProperties properties;

	private final RollupQueries rollups;

	private final long lateNanos;

	private final Set<Long> pendingHours = ConcurrentHashMap.newKeySet();

	private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();

	LateRollups(InfluxDB influx, InfluxProperties properties, RollupQueries rollups) {
		this.influx = influx;
		this.properties = properties;
		this.rollups = rollups;
		// the refresh covers the hours from (now - window) on; one hour of margin
		this.lateNanos = properties.rollupWindow().minusHours(1).toNanos();
	}

	/** The time before which a written point counts as late, in epoch nanoseconds. */
	long lateBefore() {
		Instant now = Instant.now();
		return now.getEpochSecond() * 1_000_000_000L + now.getNano() - this.lateNanos;
	}

	/** Tells {@code listener} the time of every late point noted from now on. */
	void whenLate(LongConsumer listener) {
		this.listeners.add(listener);
	}

	/** Notes that a point at {@code timeNanos} was written late. */
	void noteLate(long timeNanos) {
		this.listeners.forEach((listener) -> listener.accept(timeNanos));
		if (this.pendingHours.size() < MAX_PENDING_HOURS) {
			this.pendingHours.add(Math.floorDiv(timeNanos, HOUR_NANOS));
		}
	}

	/** Hours noted and not yet rolled up. */
	int pending() {
		return this.pendingHours.size();
	}

	/** Rolls up every noted hour; hours that fail stay noted for the next run. */
	void run() {
		if (this.pendingHours.isEmpty()) {
			return;
		}
		List<Long> hours = new ArrayList<>(this.pendingHours);
		hours.forEach(this.pendingHours::remove);
		int done = 0;
		for (Long hour : hours) {
			Instant from = Instant.ofEpochSecond(hour * 3600);
			Instant to = from.plus(Duration.ofHours(1));
			try {
				for (InfluxSchema.Measurement measurement : InfluxSchema.rolledUp()) {
					QueryResult result = this.influx.query(new Query(this.rollups.selectInto(measurement, from, to),
							this.properties.database(), true));
					if (result.hasError() || result.getResults().stream().anyMatch(QueryResult.Result::hasError)) {
						throw new IllegalStateException(String.valueOf(result));
					}
				}
				done++;
			}
			catch (RuntimeException ex) {
				this.pendingHours.add(hour);
				log.warn("cannot roll up a late hour yet [hour: {}, error: {}]", from, ex.getMessage());
			}
		}
		if (done > 0) {
			log.info("rolled up hours that received late points [hours: {}]", done);
		}
	}

}
