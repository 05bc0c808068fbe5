package org.nordpark.api.query;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The whitelisted {@code every} values. The InfluxQL literal comes from here, never from
 * the request.
 */
public enum Interval {

	M1("1m", Duration.ofMinutes(1)), M5("5m", Duration.ofMinutes(5)), M15("15m", Duration.ofMinutes(15)),
	M30("30m", Duration.ofMinutes(30)), H1("1h", Duration.ofHours(1)), H3("3h", Duration.ofHours(3)),
	H6("6h", Duration.ofHours(6)), H12("12h", Duration.ofHours(12)), D1("1d", Duration.ofDays(1)),
	D7("7d", Duration.ofDays(7));

	private final String id;

	private final Duration duration;

	Interval(String id, Duration duration) {
		this.id = id;
		this.duration = duration;
	}

	/** The API and InfluxQL form, e.g. {@code 15m}. */
	public String id() {
		return this.id;
	}

	public Duration duration() {
		return this.duration;
	}

	/** Whether hourly rollups can serve this interval. */
	public boolean atLeastHourly() {
		return this.duration.compareTo(Duration.ofHours(1)) >= 0;
	}

	public static Optional<Interval> fromId(String id) {
		return Arrays.stream(values()).filter((interval) -> interval.id.equals(id)).findFirst();
	}

	/** The accepted ids. */
	public static List<String> ids() {
		return Arrays.stream(values()).map(Interval::id).toList();
	}

	/** Number of intervals in a span, rounded up. */
	public long count(Duration span) {
		long nanos = this.duration.toNanos();
		return (span.toNanos() + nanos - 1) / nanos;
	}

}
