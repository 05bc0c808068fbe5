package org.nordpark.bridge.decoder;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Observation;
import org.nordpark.model.SensorKind;
import org.nordpark.model.SensorModel;

/** Catalog entries and helpers shared by the decoder tests. */
final class TestSensors {

	static final DeviceDecoders DECODERS = DeviceDecoders.standard();

	private TestSensors() {
	}

	static CatalogEntry sensor(SensorModel model) {
		return sensor(model, model.defaultKind(), Map.of());
	}

	static CatalogEntry sensor(SensorModel model, SensorKind kind, Map<String, String> settings) {
		return new CatalogEntry("70b3d5e75e00a1b2", "test sensor", model.id(), kind, "P1", 51.17, 6.38, settings,
				CatalogEntry.Source.MANIFEST, Instant.parse("2025-03-12T17:00:00Z"));
	}

	static List<Observation> decode(CatalogEntry sensor, int fPort, String hex) {
		return DECODERS.decode(sensor, fPort, HexFormat.of().parseHex(hex.replace(" ", "")));
	}

	/**
	 * The values of the single observation of the sensor's own kind without dimensions.
	 */
	static Map<String, Double> plain(List<Observation> observations) {
		return observations.stream()
			.filter((o) -> o.dims().isEmpty() && o.kind() == null)
			.findFirst()
			.map(Observation::values)
			.orElseThrow(() -> new AssertionError("no observation without dimensions in " + observations));
	}

	/** The values of the observation with exactly these dimensions. */
	static Map<String, Double> with(List<Observation> observations, Map<String, String> dims) {
		return observations.stream()
			.filter((o) -> o.dims().equals(dims))
			.findFirst()
			.map(Observation::values)
			.orElseThrow(() -> new AssertionError("no observation with " + dims + " in " + observations));
	}

}
