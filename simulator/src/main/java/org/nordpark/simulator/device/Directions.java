package org.nordpark.simulator.device;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a counter's direction labels: a label such as {@code inbound} or {@code entering}
 * means movement towards the stadium or into a car park, so it carries the arrival wave.
 */
final class Directions {

	private static final Set<String> ARRIVING = Set.of("inbound", "in", "entering", "arriving", "towards-stadium",
			"to-stadium");

	private Directions() {
	}

	/** Whether the label names the arriving direction. */
	static boolean arriving(String label) {
		return ARRIVING.contains(label.toLowerCase(Locale.ROOT));
	}

}
