package org.nordpark.simulator.encode;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.nordpark.bridge.decoder.DeviceDecoders;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Observation;
import org.nordpark.model.SensorModel;

/**
 * Decodes a simulator frame with the bridge's decoders (test scope only) and flattens the
 * observations to {@code field} or {@code field[dim=value,...]} keys.
 */
final class RoundTrip {

	private static final DeviceDecoders DECODERS = DeviceDecoders.standard();

	private RoundTrip() {
	}

	static CatalogEntry sensor(SensorModel model, Map<String, String> settings) {
		return new CatalogEntry("70b3d5e75e000001", "test " + model.id(), model.id(), model.defaultKind(), "test",
				51.17, 6.38, settings, CatalogEntry.Source.MANIFEST, Instant.parse("2026-11-22T00:00:00Z"));
	}

	static Map<String, Double> decode(CatalogEntry sensor, Frame frame) {
		Map<String, Double> flat = new TreeMap<>();
		for (Observation observation : DECODERS.decode(sensor, frame.fPort(), frame.data())) {
			String dims = observation.dims().isEmpty() ? "" : new TreeMap<>(observation.dims()).toString();
			observation.values().forEach((field, value) -> {
				Double previous = flat.put(field + dims.replace("{", "[").replace("}", "]").replace(", ", ","), value);
				if (previous != null) {
					throw new AssertionError("field " + field + dims + " decoded twice");
				}
			});
		}
		return flat;
	}

}
