package org.nordpark.ingest.influx;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the n-th delay is drawn uniformly from the upper half
 * of {@code min(max, initial * 2^(n-1))}, so instances that failed together do not retry
 * together.
 */
final class Backoff {

	private final long minNanos;

	private final long maxNanos;

	Backoff(Duration min, Duration max) {
		this.minNanos = Math.max(1, min.toNanos());
		this.maxNanos = Math.max(this.minNanos, max.toNanos());
	}

	/** The delay before retry number {@code attempt} (1 for the first retry). */
	Duration delay(int attempt) {
		int shift = Math.min(Math.max(attempt - 1, 0), 40);
		long ceiling = (this.minNanos > (this.maxNanos >> shift)) ? this.maxNanos : this.minNanos << shift;
		ceiling = Math.min(ceiling, this.maxNanos);
		long floor = ceiling / 2;
		return Duration.ofNanos(floor + ThreadLocalRandom.current().nextLong(ceiling - floor + 1));
	}

}
