package org.nordpark.ingest.influx;

import java.time.Duration;

/**
 * Small InfluxQL helpers for the statements ingest generates from configuration and
 * {@code InfluxSchema} names (never from message content).
 */
final class InfluxQl {

	private InfluxQl() {
	}

	/** A double-quoted identifier. */
	static String identifier(String name) {
		StringBuilder quoted = new StringBuilder(name.length() + 2).append('"');
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '"' || c == '\\') {
				quoted.append('\\');
			}
			quoted.append(c);
		}
		return quoted.append('"').toString();
	}

	/**
	 * A duration literal in whole seconds, minutes or hours, e.g. {@code 720h}; zero is
	 * {@code INF}.
	 */
	static String duration(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds == 0) {
			return "INF";
		}
		if (seconds % 3600 == 0) {
			return (seconds / 3600) + "h";
		}
		if (seconds % 60 == 0) {
			return (seconds / 60) + "m";
		}
		return seconds + "s";
	}

	/**
	 * Parses a duration as InfluxDB shows it ({@code 720h0m0s}, {@code 0s} for infinite).
	 */
	static Duration parseShown(String shown) {
		Duration total = Duration.ZERO;
		long number = 0;
		for (int i = 0; i < shown.length(); i++) {
			char c = shown.charAt(i);
			if (c >= '0' && c <= '9') {
				number = number * 10 + (c - '0');
				continue;
			}
			switch (c) {
				case 'h' -> total = total.plusHours(number);
				case 'm' -> total = total.plusMinutes(number);
				case 's' -> total = total.plusSeconds(number);
				default -> throw new IllegalArgumentException("unexpected duration '" + shown + "'");
			}
			number = 0;
		}
		return total;
	}

}
