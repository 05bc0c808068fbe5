package org.nordpark.ingest.influx;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/** What the writer last saw of InfluxDB, for health and logs. Thread-safe. */
final class WriterStatus {

	private final AtomicInteger consecutiveFailures = new AtomicInteger();

	private final AtomicReference<@Nullable Failure> lastFailure = new AtomicReference<>();

	private final AtomicReference<@Nullable Instant> failingSince = new AtomicReference<>();

	private final AtomicReference<@Nullable Instant> lastSuccess = new AtomicReference<>();

	/** Records a failed attempt; returns how many failed in a row. */
	int failed(String error) {
		Instant now = Instant.now();
		this.lastFailure.set(new Failure(error, now));
		this.failingSince.compareAndSet(null, now);
		return this.consecutiveFailures.incrementAndGet();
	}

	/** Records a successful write; returns how many failures it ends. */
	int succeeded() {
		this.lastSuccess.set(Instant.now());
		this.failingSince.set(null);
		return this.consecutiveFailures.getAndSet(0);
	}

	boolean isRetrying() {
		return this.consecutiveFailures.get() > 0;
	}

	int consecutiveFailures() {
		return this.consecutiveFailures.get();
	}

	@Nullable Failure lastFailure() {
		return this.lastFailure.get();
	}

	@Nullable Instant failingSince() {
		return this.failingSince.get();
	}

	@Nullable Instant lastSuccess() {
		return this.lastSuccess.get();
	}

	/**
	 * One failed write.
	 *
	 * @param error what went wrong
	 * @param at when
	 */
	record Failure(String error, Instant at) {

	}

}
