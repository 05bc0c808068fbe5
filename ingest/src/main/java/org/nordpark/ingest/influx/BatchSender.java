package org.nordpark.ingest.influx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBException;
import org.jspecify.annotations.Nullable;
import org.nordpark.ingest.system.IngestMetrics;
import org.nordpark.model.InfluxSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one batch of the {@link BatchWriter} until InfluxDB answered: retried with
 * backoff while InfluxDB is away, split in halves when it refuses points until the bad
 * reading is alone (rejected, the rest written), late hours noted for the rollups.
 */
final class BatchSender {

	private static final Logger log = LoggerFactory.getLogger(BatchSender.class);

	/** Sleeps unless the writer stops; answers whether it stopped. */
	interface Sleeper {

		boolean sleep(Duration delay);

	}

	/** Receives each reading's outcome. */
	interface Outcomes {

		void finish(WriteRequest request, Outcome outcome, @Nullable String reason);

	}

	private final InfluxDB influx;

	private final InfluxProperties properties;

	private final DatabaseSetup setup;

	private final LateRollups lateRollups;

	private final IngestMetrics metrics;

	private final WriterStatus status;

	private final Backoff backoff;

	private final Sleeper sleeper;

	private final Outcomes outcomes;

	BatchSender(InfluxDB influx, InfluxProperties properties, DatabaseSetup setup, LateRollups lateRollups,
			IngestMetrics metrics, WriterStatus status, Backoff backoff, Sleeper sleeper, Outcomes outcomes) {
		this.influx = influx;
		this.properties = properties;
		this.setup = setup;
		this.lateRollups = lateRollups;
		this.metrics = metrics;
		this.status = status;
		this.backoff = backoff;
		this.sleeper = sleeper;
		this.outcomes = outcomes;
	}

	/**
	 * Writes a batch until InfluxDB answered. Readings whose MQTT connection broke
	 * meanwhile are written too: after a broker crash they may never come again.
	 */
	void write(List<WriteRequest> live) {
		int attempt = 0;
		while (!live.isEmpty()) {
			if (attempt > 0 && this.sleeper.sleep(this.backoff.delay(attempt))) {
				live.forEach((request) -> this.outcomes.finish(request, Outcome.DROPPED, null));
				return;
			}
			List<String> lines = lines(live);
			long start = System.nanoTime();
			try {
				this.influx.write(this.properties.database(), InfluxSchema.RP_RAW, InfluxDB.ConsistencyLevel.ONE,
						TimeUnit.NANOSECONDS, lines);
				recovered();
				this.metrics.batchWritten(live.size(), lines.size(), Duration.ofNanos(System.nanoTime() - start));
				noteLate(live);
				live.forEach((request) -> this.outcomes.finish(request, Outcome.WRITTEN, null));
				return;
			}
			catch (RuntimeException ex) {
				WriteRejectedException rejected = rejection(ex);
				if (rejected != null) {
					recovered();
					split(live, rejected);
					return;
				}
				attempt++;
				failed(ex, lines.size(), attempt);
			}
		}
	}

	private void noteLate(List<WriteRequest> written) {
		if (!this.properties.setup()) {
			return;
		}
		long lateBefore = this.lateRollups.lateBefore();
		for (WriteRequest request : written) {
			if (request.time() < lateBefore) {
				this.lateRollups.noteLate(request.time());
			}
		}
	}

	private void split(List<WriteRequest> live, WriteRejectedException rejected) {
		if (live.size() == 1) {
			log.debug("influxdb rejected a reading [reason: {}]", rejected.getMessage());
			this.outcomes.finish(live.get(0), Outcome.REJECTED, rejected.getMessage());
			return;
		}
		this.metrics.batchSplit();
		int half = live.size() / 2;
		write(live.subList(0, half));
		write(live.subList(half, live.size()));
	}

	private void recovered() {
		int failures = this.status.succeeded();
		if (failures > 0) {
			log.info("writing to InfluxDB again [url: {}, failed attempts before: {}]", this.properties.url(),
					failures);
		}
	}

	private void failed(RuntimeException ex, int points, int attempt) {
		String error = describe(ex);
		int failures = this.status.failed(error);
		this.metrics.retried();
		if (isMissingDatabase(ex)) {
			this.setup.invalidate();
		}
		if (!this.setup.isDone()) {
			try {
				this.setup.ensure();
			}
			catch (RuntimeException setupFailure) {
				log.debug("database set-up failed [error: {}]", setupFailure.getMessage());
			}
		}
		if (failures == 1 || failures % 20 == 0) {
			log.warn(
					"cannot write to InfluxDB, retrying with backoff up to nordpark.influx.retry-max-backoff"
							+ " [url: {}, error: {}, points: {}, attempt: {}, failures in a row: {}]",
					this.properties.url(), error, points, attempt, failures);
		}
		else {
			log.debug("write failed again [error: {}, attempt: {}]", error, attempt);
		}
	}

	private static List<String> lines(List<WriteRequest> requests) {
		List<String> lines = new ArrayList<>(requests.size() * 2);
		for (WriteRequest request : requests) {
			lines.addAll(request.lines());
		}
		return lines;
	}

	private static @Nullable WriteRejectedException rejection(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof WriteRejectedException rejected) {
				return rejected;
			}
		}
		return null;
	}

	private static boolean isMissingDatabase(RuntimeException ex) {
		String message = String.valueOf(ex.getMessage());
		return ex instanceof InfluxDBException.DatabaseNotFoundException || message.contains("database not found")
				|| message.contains("retention policy not found");
	}

	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return root.getClass().getSimpleName() + ((message != null) ? ": " + message.strip() : "");
	}

	/** What became of a reading. */
	enum Outcome {

		WRITTEN, REJECTED, DROPPED

	}

}
