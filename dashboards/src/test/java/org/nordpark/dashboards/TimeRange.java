package org.nordpark.dashboards;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dashboard time range resolved against a fixed "now", from Grafana's relative forms
 * ({@code now-6h}, {@code now}) and a panel's relative time override ({@code 28d}).
 *
 * @param from start
 * @param to end
 */
record TimeRange(Instant from, Instant to) {

	private static final Pattern RELATIVE = Pattern.compile("now(?:-(\\d+)([smhdwy]))?");

	private static final Pattern OVERRIDE = Pattern.compile("(\\d+)([smhdwy])");

	/** The dashboard's {@code time} block at {@code now}. */
	static TimeRange of(String from, String to, Instant now) {
		return new TimeRange(relative(from, now), relative(to, now));
	}

	/** This range replaced by a panel's relative time override when it has one. */
	TimeRange overriddenBy(String timeFrom) {
		if (timeFrom.isEmpty()) {
			return this;
		}
		Matcher matcher = OVERRIDE.matcher(timeFrom);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("unsupported relative time override: " + timeFrom);
		}
		return new TimeRange(this.to.minus(duration(matcher.group(1), matcher.group(2))), this.to);
	}

	Duration length() {
		return Duration.between(this.from, this.to);
	}

	private static Instant relative(String value, Instant now) {
		Matcher matcher = RELATIVE.matcher(value);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("unsupported time: " + value);
		}
		return (matcher.group(1) != null) ? now.minus(duration(matcher.group(1), matcher.group(2))) : now;
	}

	static Duration duration(String amount, String unit) {
		long n = Long.parseLong(amount);
		return switch (unit) {
			case "s" -> Duration.ofSeconds(n);
			case "m" -> Duration.ofMinutes(n);
			case "h" -> Duration.ofHours(n);
			case "d" -> Duration.ofDays(n);
			case "w" -> Duration.ofDays(7 * n);
			case "y" -> Duration.ofDays(365 * n);
			default -> throw new IllegalArgumentException("unknown unit " + unit);
		};
	}

}
