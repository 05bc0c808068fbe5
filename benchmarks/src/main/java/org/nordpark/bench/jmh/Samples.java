package org.nordpark.bench.jmh;

import java.nio.file.Path;

import org.nordpark.bench.SampleUplinks;
import org.nordpark.simulator.run.SimulatorProperties.EventFormat;

/**
 * Sample uplinks for the micro-benchmarks: one simulated day or more of the demo site.
 */
final class Samples {

	/** Enough events that every model has a few hundred frames. */
	static final int EVENTS = 40_000;

	private Samples() {
	}

	static SampleUplinks of(EventFormat format) {
		Path manifest = Path.of(System.getProperty("nordpark.manifest", "config/nordpark-site.yaml"));
		return SampleUplinks.generate(manifest, 1, EVENTS, format);
	}

}
