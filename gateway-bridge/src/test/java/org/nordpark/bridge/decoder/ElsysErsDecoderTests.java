package org.nordpark.bridge.decoder;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.Observation;
import org.nordpark.model.SensorKind;
import org.nordpark.model.SensorModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.nordpark.bridge.decoder.TestSensors.decode;

class ElsysErsDecoderTests {

	private final CatalogEntry ers = TestSensors.sensor(SensorModel.ELSYS_ERS);

	@Test
	void decodesErsCo2Frame() {
		assertThat(TestSensors.plain(decode(this.ers, 5, "0100E2 0229 040123 0503 0601B8 070E4C"))).isEqualTo(Map.of(
				InfluxSchema.TEMPERATURE_C, 22.6, InfluxSchema.RELATIVE_HUMIDITY_PCT, 41.0, InfluxSchema.LIGHT_LUX,
				291.0, InfluxSchema.MOTION_COUNT, 3.0, InfluxSchema.CO2_PPM, 440.0, InfluxSchema.BATTERY_V, 3.66));
	}

	@Test
	void decodesNegativeTemperature() {
		assertThat(TestSensors.plain(decode(this.ers, 5, "01FF9C"))).containsEntry(InfluxSchema.TEMPERATURE_C, -10.0);
	}

	@Test
	void decodesPressureAndTvoc() {
		assertThat(TestSensors.plain(decode(this.ers, 5, "14000F7634 1C0190")))
			.isEqualTo(Map.of(InfluxSchema.PRESSURE_HPA, 1013.3, InfluxSchema.TVOC_PPB, 400.0));
	}

	@Test
	void keepsEveryMeasurementOfAnErsSoundWhoseKindIsEnvironment() {
		CatalogEntry sound = TestSensors.sensor(SensorModel.ELSYS_ERS, SensorKind.ENVIRONMENT, Map.of());
		List<Observation> observations = decode(sound, 5, "0100E2 0229 040005 0502 070E4C 154B37");
		assertThat(observations).containsExactlyInAnyOrder(
				new Observation(SensorKind.NOISE, Map.of(Dims.WEIGHTING, "A"),
						Map.of(InfluxSchema.MAX_DB, 75.0, InfluxSchema.LEQ_DB, 55.0)),
				Observation.of(Map.of(InfluxSchema.TEMPERATURE_C, 22.6, InfluxSchema.RELATIVE_HUMIDITY_PCT, 41.0,
						InfluxSchema.LIGHT_LUX, 5.0, InfluxSchema.MOTION_COUNT, 2.0, InfluxSchema.BATTERY_V, 3.66)));
	}

	@Test
	void keepsEveryMeasurementOfAnErsSoundWhoseKindIsNoise() {
		CatalogEntry sound = TestSensors.sensor(SensorModel.ELSYS_ERS, SensorKind.NOISE, Map.of());
		List<Observation> observations = decode(sound, 5, "0100E2 0229 040005 070E4C 154B37");
		assertThat(TestSensors.with(observations, Map.of(Dims.WEIGHTING, "A")))
			.isEqualTo(Map.of(InfluxSchema.MAX_DB, 75.0, InfluxSchema.LEQ_DB, 55.0));
		assertThat(observations)
			.contains(new Observation(SensorKind.ENVIRONMENT, Map.of(), Map.of(InfluxSchema.TEMPERATURE_C, 22.6,
					InfluxSchema.RELATIVE_HUMIDITY_PCT, 41.0, InfluxSchema.LIGHT_LUX, 5.0)));
		assertThat(TestSensors.plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_V, 3.66));
	}

	@Test
	void keepsTheOccupancyOfAnErsEye() {
		// ERS Eye: 0x11 occupancy 2 = occupied
		List<Observation> observations = decode(this.ers, 5, "0100E2 0229 040005 0500 1102");
		assertThat(TestSensors.plain(observations)).containsEntry(InfluxSchema.OCCUPANCY, 2.0)
			.containsEntry(InfluxSchema.TEMPERATURE_C, 22.6);
	}

	@Test
	void skipsKnownTypesWithoutPlatformFieldAndGoesOn() {
		assertThat(TestSensors.plain(decode(this.ers, 5, "03FF0140 0A0010 0100E2")))
			.isEqualTo(Map.of(InfluxSchema.TEMPERATURE_C, 22.6));
	}

	@Test
	void stopsAtAnUnknownTypeAndKeepsWhatCameBefore() {
		assertThat(TestSensors.plain(decode(this.ers, 5, "0100E2 2F0102 0229")))
			.isEqualTo(Map.of(InfluxSchema.TEMPERATURE_C, 22.6));
	}

	@Test
	void rejectsValueCutShort() {
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(this.ers, 5, "0100E2 06 01"))
			.withMessage("frame too short: need 6 bytes, got 5 (0100e20601)");
	}

	@Test
	void rejectsImpossibleHumidity() {
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(this.ers, 5, "0296"))
			.withMessage("impossible value relative_humidity_pct=150.0 (expected 0 to 100)");
	}

	@Test
	void settingsFramesCarryNoMeasurements() {
		assertThat(decode(this.ers, 6, "3E0A0101020203")).isEmpty();
	}

}
