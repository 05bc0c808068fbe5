package org.nordpark.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one line per scenario to {@code target/reliability/results.md}, the numbers
 * docs/reliability.md reports.
 */
final class Report {

	private static final Logger log = LoggerFactory.getLogger(Report.class);

	private static final Path FILE = Path.of("target", "reliability", "results.md");

	private Report() {
	}

	static synchronized void line(String scenario, String text) {
		String line = "| " + scenario + " | " + text + " |";
		log.info("scenario result [{}]", line);
		try {
			Files.createDirectories(FILE.getParent());
			Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
