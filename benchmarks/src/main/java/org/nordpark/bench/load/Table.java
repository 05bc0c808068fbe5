package org.nordpark.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The results of a benchmark: one row per measured quantity with every run's value, the
 * median and the spread (min–max), and the load average at the start of each run (the
 * machine may be shared; numbers under load are lower bounds).
 */
final class Table {

	private final String title;

	private final List<String> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	Table(String title) {
		this.title = title;
	}

	/** The 1-minute load average now. */
	static double load() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	void add(String quantity, String unit, double[] values, double[] loads) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double median = (sorted.length % 2 == 1) ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
		this.rows
			.add(String.format(Locale.ROOT, "| %s | %s | %s | %s–%s | %d | %s | %s |", quantity, unit, format(median),
					format(sorted[0]), format(sorted[sorted.length - 1]), values.length, join(values), join(loads)));
	}

	void note(String note) {
		this.notes.add(note);
	}

	void print() {
		System.out.println();
		System.out.println("## " + this.title);
		System.out.println();
		System.out.println("| quantity | unit | median | spread (min–max) | runs | each run | load avg at start |");
		System.out.println("|---|---|---|---|---|---|---|");
		this.rows.forEach(System.out::println);
		this.notes.forEach((note) -> System.out.println("\n" + note));
		System.out.println();
	}

	static double percentile(long[] sortedNanos, double p) {
		int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
		return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
	}

	private static String join(double[] values) {
		StringBuilder text = new StringBuilder();
		for (double value : values) {
			text.append((text.length() > 0) ? ", " : "").append(format(value));
		}
		return text.toString();
	}

	private static String format(double value) {
		if (Double.isNaN(value)) {
			return "n/a";
		}
		return (Math.abs(value) >= 100) ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

}
