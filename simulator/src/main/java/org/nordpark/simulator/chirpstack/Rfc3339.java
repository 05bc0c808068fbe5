package org.nordpark.simulator.chirpstack;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps and durations as ChirpStack's JSON writes them: RFC 3339 with a
 * {@code +00:00} offset and 0, 3, 6 or 9 fraction digits (chrono {@code to_rfc3339}),
 * durations as seconds strings such as {@code "1234.5s"}.
 */
public final class Rfc3339 {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	private Rfc3339() {
	}

	/** E.g. {@code 2025-11-20T08:15:42.918213402+00:00}. */
	public static String timestamp(Instant instant) {
		OffsetDateTime time = instant.atOffset(ZoneOffset.UTC);
		return SECONDS.format(time) + fraction(time.getNano()) + "+00:00";
	}

	/** E.g. {@code 1447851123.5s}. */
	public static String duration(Duration duration) {
		String fraction = fraction(duration.getNano());
		return duration.getSeconds() + fraction + "s";
	}

	private static String fraction(int nanos) {
		if (nanos == 0) {
			return "";
		}
		if (nanos % 1_000_000 == 0) {
			return "." + padded(nanos / 1_000_000, 3);
		}
		if (nanos % 1_000 == 0) {
			return "." + padded(nanos / 1_000, 6);
		}
		return "." + padded(nanos, 9);
	}

	private static String padded(int value, int digits) {
		String text = Integer.toString(value);
		return "0".repeat(digits - text.length()) + text;
	}

}
