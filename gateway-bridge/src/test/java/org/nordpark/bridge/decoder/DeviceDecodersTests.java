package org.nordpark.bridge.decoder;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Observation;
import org.nordpark.model.SensorKind;
import org.nordpark.model.SensorModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DeviceDecodersTests {

	@Test
	void supportsEveryNativeModel() {
		for (SensorModel model : SensorModel.values()) {
			assertThat(TestSensors.DECODERS.supports(model.id())).as(model.id()).isTrue();
		}
		assertThat(TestSensors.DECODERS.supports("dragino-lht65n")).isFalse();
	}

	@Test
	void rejectsModelWithoutNativeDecoder() {
		CatalogEntry other = new CatalogEntry("0011223344556677", "lht", "dragino-lht65n", SensorKind.ENVIRONMENT, null,
				null, null, Map.of(), CatalogEntry.Source.CHIRPSTACK, Instant.EPOCH);
		assertThatExceptionOfType(DecodingException.class)
			.isThrownBy(() -> TestSensors.DECODERS.decode(other, 1, new byte[] { 1 }))
			.withMessage("model 'dragino-lht65n' has no native decoder");
	}

	@Test
	void keepsValuesOfOtherMeasurementsInObservationsOfTheirKind() {
		// an EM500-CO2 catalogued as a parking sensor still keeps its CO2, as environment
		CatalogEntry odd = TestSensors.sensor(SensorModel.MILESIGHT_EM500_CO2, SensorKind.PARKING, Map.of());
		assertThat(TestSensors.decode(odd, 85, "01755C 057D2A04")).containsExactlyInAnyOrder(
				new Observation(SensorKind.ENVIRONMENT, Map.of(), Map.of("co2_ppm", 1066.0)),
				Observation.of(Map.of("battery_pct", 92.0)));
	}

}
