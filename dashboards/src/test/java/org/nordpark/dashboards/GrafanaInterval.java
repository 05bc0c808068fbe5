package org.nordpark.dashboards;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grafana's automatic interval ({@code $__interval}): the time range divided by the
 * panel's maximum number of data points, rounded to a "nice" step, and never below the
 * panel's minimum interval (or the datasource's {@code timeInterval}).
 *
 * @param text the interval as Grafana writes it into a query, e.g. {@code 15m}
 * @param millis the interval in milliseconds ({@code $__interval_ms})
 */
record GrafanaInterval(String text, long millis) {

	/** The datasource's minimum interval ({@code timeInterval} in influxdb.yml). */
	static final String DATASOURCE_MIN_INTERVAL = "1m";

	/** Grafana's default when a panel sets no max data points: about the panel width. */
	static final int DEFAULT_MAX_DATA_POINTS = 1000;

	private static final Pattern INTERVAL = Pattern.compile("(\\d+)(ms|s|m|h|d|w|y)");

	// upper bound of the raw interval -> the rounded interval (ms), the steps Grafana
	// uses
	private static final long[][] STEPS = { { 10, 1 }, { 15, 10 }, { 35, 20 }, { 75, 50 }, { 150, 100 }, { 350, 200 },
			{ 750, 500 }, { 1_500, 1_000 }, { 3_500, 2_000 }, { 7_500, 5_000 }, { 12_500, 10_000 }, { 17_500, 15_000 },
			{ 25_000, 20_000 }, { 45_000, 30_000 }, { 90_000, 60_000 }, { 210_000, 120_000 }, { 450_000, 300_000 },
			{ 750_000, 600_000 }, { 1_050_000, 900_000 }, { 1_500_000, 1_200_000 }, { 2_700_000, 1_800_000 },
			{ 5_400_000, 3_600_000 }, { 9_000_000, 7_200_000 }, { 16_200_000, 10_800_000 }, { 32_400_000, 21_600_000 },
			{ 86_400_000, 43_200_000 }, { 604_800_000, 86_400_000 }, { 1_814_400_000, 604_800_000 },
			{ 3_628_800_000L, 2_592_000_000L } };

	static GrafanaInterval calculate(TimeRange range, int maxDataPoints, String minInterval) {
		long raw = range.length().toMillis() / Math.max(1, maxDataPoints);
		long rounded = round(raw);
		long lowLimit = parse(minInterval.isEmpty() ? DATASOURCE_MIN_INTERVAL : minInterval).toMillis();
		long millis = Math.max(rounded, lowLimit);
		return new GrafanaInterval(format(millis), millis);
	}

	static long round(long millis) {
		for (long[] step : STEPS) {
			if (millis < step[0]) {
				return step[1];
			}
		}
		return 31_536_000_000L;
	}

	static Duration parse(String interval) {
		Matcher matcher = INTERVAL.matcher(interval);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("unsupported interval: " + interval);
		}
		if (matcher.group(2).equals("ms")) {
			return Duration.ofMillis(Long.parseLong(matcher.group(1)));
		}
		return TimeRange.duration(matcher.group(1), matcher.group(2));
	}

	/**
	 * The largest whole unit, as Grafana formats intervals ({@code 500ms}, {@code 15m},
	 * {@code 7d}).
	 */
	static String format(long millis) {
		long[] sizes = { 86_400_000L, 3_600_000L, 60_000L, 1_000L };
		String[] units = { "d", "h", "m", "s" };
		for (int i = 0; i < sizes.length; i++) {
			if (millis % sizes[i] == 0) {
				return (millis / sizes[i]) + units[i];
			}
		}
		return millis + "ms";
	}

}
