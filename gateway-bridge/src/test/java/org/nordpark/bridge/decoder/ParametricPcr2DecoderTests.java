package org.nordpark.bridge.decoder;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.CatalogSettings;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.Observation;
import org.nordpark.model.SensorKind;
import org.nordpark.model.SensorModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.nordpark.bridge.decoder.TestSensors.decode;
import static org.nordpark.bridge.decoder.TestSensors.with;

class ParametricPcr2DecoderTests {

	private static final Map<String, String> IN = Map.of(Dims.DIRECTION, "into-park");

	private static final Map<String, String> OUT = Map.of(Dims.DIRECTION, "out-of-park");

	private final CatalogEntry counter = TestSensors.sensor(SensorModel.PARAMETRIC_PCR2, SensorKind.PEOPLE,
			Map.of(CatalogSettings.LTR, "into-park", CatalogSettings.RTL, "out-of-park"));

	@Test
	void decodesExtendedV3PayloadWithTotalsAndBatteryPercent() {
		List<Observation> observations = decode(this.counter, 14, "BE0103 0007 0002 0130 00F1 55 00C8 FFEC");
		assertThat(with(observations, IN)).isEqualTo(Map.of(InfluxSchema.COUNT, 7.0, InfluxSchema.TOTAL, 304.0));
		assertThat(with(observations, OUT)).isEqualTo(Map.of(InfluxSchema.COUNT, 2.0, InfluxSchema.TOTAL, 241.0));
		assertThat(TestSensors.plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_PCT, 85.0,
				InfluxSchema.SOLAR_POWER_MW, 200.0, InfluxSchema.DEVICE_TEMPERATURE_C, -2.0));
	}

	@Test
	void decodesExtendedV4PayloadWithBatteryVoltage() {
		List<Observation> observations = decode(this.counter, 14, "BE0104 0001 0000 0010 0020 0FA0 0000 00D2");
		assertThat(with(observations, IN)).isEqualTo(Map.of(InfluxSchema.COUNT, 1.0, InfluxSchema.TOTAL, 16.0));
		assertThat(TestSensors.plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_V, 4.0,
				InfluxSchema.SOLAR_POWER_MW, 0.0, InfluxSchema.DEVICE_TEMPERATURE_C, 21.0));
	}

	@Test
	void decodesElsysStylePayloadByPosition() {
		assertThat(with(decode(this.counter, 14, "0A0004 160003 0100E1"), OUT)).containsEntry(InfluxSchema.COUNT, 3.0);
		// firmware 3 tags both counters 0x0A; the second is still RTL
		List<Observation> observations = decode(this.counter, 14, "0A0004 0A0003 0100E1");
		assertThat(with(observations, IN)).containsEntry(InfluxSchema.COUNT, 4.0);
		assertThat(with(observations, OUT)).containsEntry(InfluxSchema.COUNT, 3.0);
		assertThat(TestSensors.plain(observations)).containsEntry(InfluxSchema.DEVICE_TEMPERATURE_C, 22.5);
	}

	@Test
	void decodesCayenneLppPayload() {
		List<Observation> observations = decode(this.counter, 14, "006605 016602 026700E6");
		assertThat(with(observations, IN)).containsEntry(InfluxSchema.COUNT, 5.0);
		assertThat(with(observations, OUT)).containsEntry(InfluxSchema.COUNT, 2.0);
		assertThat(TestSensors.plain(observations)).containsEntry(InfluxSchema.DEVICE_TEMPERATURE_C, 23.0);
	}

	@Test
	void usesLtrAndRtlAsDirectionLabelsWhenNotConfigured() {
		CatalogEntry plain = TestSensors.sensor(SensorModel.PARAMETRIC_PCR2);
		assertThat(with(decode(plain, 14, "0A0004 160003 0100E1"), Map.of(Dims.DIRECTION, "ltr")))
			.containsEntry(InfluxSchema.COUNT, 4.0);
	}

	@Test
	void configurationFramesCarryNoMeasurements() {
		assertThat(decode(this.counter, 190, "0102030400010005000A003C5A00")).isEmpty();
	}

	@Test
	void rejectsConfigurationFrameOfUnknownLength() {
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(this.counter, 190, "0102"))
			.withMessageStartingWith("PCR2 configuration frame must be 14, 20, 31, 34 or 35 bytes, got 2");
	}

	@Test
	void rejectsTruncatedExtendedPayload() {
		assertThatExceptionOfType(DecodingException.class)
			.isThrownBy(() -> decode(this.counter, 14, "BE0104 0001 0000"))
			.withMessageStartingWith("PCR2 extended V4 payload must be 17 bytes, got 7");
	}

	@Test
	void rejectsUnknownFormat() {
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(this.counter, 14, "7700"))
			.withMessage("PCR2 payload format not recognised (7700)");
	}

}
