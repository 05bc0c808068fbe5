package org.nordpark.bridge.decoder;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.SensorModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static org.nordpark.bridge.decoder.TestSensors.decode;

class DecentlabDlPmDecoderTests {

	private static final String FULL = "02 1B50 000F 0C25 0025 0027 0027 0027 01F5 0107 012C 012D 012D 012D 67BD 618D BD10";

	private final CatalogEntry station = TestSensors.sensor(SensorModel.DECENTLAB_DL_PM);

	@Test
	void decodesAllSensorGroups() {
		Map<String, Double> values = TestSensors.plain(decode(this.station, 1, FULL));
		assertThat(values).containsEntry(InfluxSchema.BATTERY_V, 3.109)
			.containsEntry(InfluxSchema.PM1_0_UGM3, 3.7)
			.containsEntry(InfluxSchema.PM2_5_UGM3, 3.9)
			.containsEntry(InfluxSchema.PM4_UGM3, 3.9)
			.containsEntry(InfluxSchema.PM10_UGM3, 3.9)
			.containsEntry(InfluxSchema.PRESSURE_HPA, 968.0)
			.hasSize(8);
		assertThat(values.get(InfluxSchema.TEMPERATURE_C)).isCloseTo(24.356, within(0.001));
		assertThat(values.get(InfluxSchema.RELATIVE_HUMIDITY_PCT)).isCloseTo(41.63, within(0.01));
	}

	@Test
	void decodesFrameWithoutParticleGroup() {
		Map<String, Double> values = TestSensors.plain(decode(this.station, 1, "02 1B50 000D 0C25 67BD 618D BD10"));
		assertThat(values).containsOnlyKeys(InfluxSchema.BATTERY_V, InfluxSchema.TEMPERATURE_C,
				InfluxSchema.RELATIVE_HUMIDITY_PCT, InfluxSchema.PRESSURE_HPA);
	}

	@Test
	void decodesBatteryOnlyFrame() {
		assertThat(TestSensors.plain(decode(this.station, 1, "02 1B50 0001 0C25")))
			.isEqualTo(Map.of(InfluxSchema.BATTERY_V, 3.109));
	}

	@Test
	void cropsHumidityAboveOneHundredPercent() {
		assertThat(TestSensors.plain(decode(this.station, 1, "02 1B50 0004 67BD FFFF")))
			.containsEntry(InfluxSchema.RELATIVE_HUMIDITY_PCT, 100.0);
	}

	@Test
	void rejectsOtherProtocolVersions() {
		assertThatExceptionOfType(DecodingException.class)
			.isThrownBy(() -> decode(this.station, 1, "03 1B50 0001 0C25"))
			.withMessage("DL-PM protocol version must be 2, got 3");
	}

	@Test
	void rejectsFrameShorterThanItsFlagsAnnounce() {
		assertThatExceptionOfType(DecodingException.class)
			.isThrownBy(() -> decode(this.station, 1, "02 1B50 000F 0C25 0025"))
			.withMessageStartingWith("DL-PM frame with flags 0xf must be 33 bytes, got 9");
	}

	@Test
	void rejectsUnknownSensorGroups() {
		assertThatExceptionOfType(DecodingException.class)
			.isThrownBy(() -> decode(this.station, 1, "02 1B50 0011 0C25 0000"))
			.withMessage("DL-PM sensor flags 0x11 announce unknown sensor groups");
	}

}
