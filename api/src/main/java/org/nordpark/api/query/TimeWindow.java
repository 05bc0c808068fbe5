package org.nordpark.api.query;

import java.time.Duration;
import java.time.Instant;

/**
 * A half-open time range {@code [from, to)} of a query.
 *
 * @param from inclusive start
 * @param to exclusive end
 */
public record TimeWindow(Instant from, Instant to) {

	public TimeWindow {
		if (!from.isBefore(to)) {
			throw new IllegalArgumentException("from must be before to");
		}
	}

	public Duration span() {
		return Duration.between(this.from, this.to);
	}

	/** {@code from} in epoch nanoseconds, for a bound {@code time >= $from}. */
	public long fromNanos() {
		return nanos(this.from);
	}

	/** {@code to} in epoch nanoseconds, for a bound {@code time < $to}. */
	public long toNanos() {
		return nanos(this.to);
	}

	/**
	 * An instant in epoch nanoseconds, as InfluxQL compares {@code time} with integers.
	 */
	public static long nanos(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
	}

}
