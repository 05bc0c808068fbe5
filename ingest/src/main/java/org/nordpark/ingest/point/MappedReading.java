package org.nordpark.ingest.point;

import java.util.List;

/**
 * The points of one reading in line protocol, nanosecond precision.
 *
 * @param lines one line per point, without a trailing newline
 * @param time the points' time (the reading's), epoch nanoseconds
 */
public record MappedReading(List<String> lines, long time) {

	public MappedReading {
		lines = List.copyOf(lines);
	}

	/** Whether the reading has nothing to store (no values, no link data). */
	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

}
