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

class MilesightDecoderTests {

	private final CatalogEntry co2 = TestSensors.sensor(SensorModel.MILESIGHT_EM500_CO2);

	private final CatalogEntry sound = TestSensors.sensor(SensorModel.MILESIGHT_WS302);

	private final CatalogEntry bin = TestSensors.sensor(SensorModel.MILESIGHT_EM400_MUD, SensorKind.BIN,
			Map.of(CatalogSettings.EMPTY_DISTANCE_MM, "1800", CatalogSettings.FULL_DISTANCE_MM, "200"));

	@Test
	void decodesEm500Co2FrameWithNegativeTemperature() {
		assertThat(TestSensors.plain(decode(this.co2, 85, "01755C 0367ECFF 04686E 057D2A04 06738B27"))).isEqualTo(Map
			.of(InfluxSchema.BATTERY_PCT, 92.0, InfluxSchema.TEMPERATURE_C, -2.0, InfluxSchema.RELATIVE_HUMIDITY_PCT,
					55.0, InfluxSchema.CO2_PPM, 1066.0, InfluxSchema.PRESSURE_HPA, 1012.3));
	}

	@Test
	void takesTheTemperatureFromAnEm500AlarmFrame() {
		assertThat(TestSensors.plain(decode(this.co2, 85, "83D7ECFF0A0000")))
			.isEqualTo(Map.of(InfluxSchema.TEMPERATURE_C, -2.0));
	}

	@Test
	void skipsEm500HistoryRecordsAndDeviceAttributes() {
		assertThat(TestSensors
			.plain(decode(this.co2, 85, "FF0BFF FF166136D41234567890 20CE00000000C801F4270000C8 01755C")))
			.isEqualTo(Map.of(InfluxSchema.BATTERY_PCT, 92.0));
	}

	@Test
	void decodesWs302SoundLevelWithItsWeighting() {
		List<Observation> observations = decode(this.sound, 85, "017564 055B05 5802 2602 BC02");
		assertThat(TestSensors.with(observations, Map.of(Dims.WEIGHTING, "A")))
			.isEqualTo(Map.of(InfluxSchema.L_DB, 60.0, InfluxSchema.LEQ_DB, 55.0, InfluxSchema.MAX_DB, 70.0));
		assertThat(TestSensors.plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_PCT, 100.0));
	}

	@Test
	void decodesWs302CWeighting() {
		assertThat(TestSensors.with(decode(this.sound, 85, "055B0A 5802 2602 BC02"), Map.of(Dims.WEIGHTING, "C")))
			.containsEntry(InfluxSchema.LEQ_DB, 55.0);
	}

	@Test
	void rejectsUndefinedWs302Weighting() {
		assertThatExceptionOfType(DecodingException.class)
			.isThrownBy(() -> decode(this.sound, 85, "055B07 5802 2602 BC02"))
			.withMessageStartingWith("WS302 frequency weighting 3 is undefined");
	}

	@Test
	void decodesEm400DistanceIntoFillLevel() {
		assertThat(TestSensors.plain(decode(this.bin, 85, "017564 03671001 04822003 050000")))
			.isEqualTo(Map.of(InfluxSchema.BATTERY_PCT, 100.0, InfluxSchema.DEVICE_TEMPERATURE_C, 27.2,
					InfluxSchema.DISTANCE_MM, 800.0, InfluxSchema.TILTED, 0.0, InfluxSchema.FILL_LEVEL_PCT, 62.5));
	}

	@Test
	void decodesEm400AlarmVariants() {
		assertThat(TestSensors.plain(decode(this.bin, 85, "8367100101 8482200301 050001")))
			.isEqualTo(Map.of(InfluxSchema.DEVICE_TEMPERATURE_C, 27.2, InfluxSchema.DISTANCE_MM, 800.0,
					InfluxSchema.TILTED, 1.0, InfluxSchema.FILL_LEVEL_PCT, 62.5));
	}

	@Test
	void clampsFillLevelOfOverfullBin() {
		assertThat(TestSensors.plain(decode(this.bin, 85, "04826400"))).containsEntry(InfluxSchema.FILL_LEVEL_PCT,
				100.0);
	}

	@Test
	void givesOnlyTheDistanceWhenNoEmptyDistanceIsConfigured() {
		CatalogEntry unconfigured = TestSensors.sensor(SensorModel.MILESIGHT_EM400_MUD);
		assertThat(TestSensors.plain(decode(unconfigured, 85, "04822003")))
			.isEqualTo(Map.of(InfluxSchema.DISTANCE_MM, 800.0));
	}

	@Test
	void stopsAtAnUnknownChannelAndKeepsWhatCameBefore() {
		assertThat(TestSensors.plain(decode(this.co2, 85, "01755C 0999AABB 057D2A04")))
			.isEqualTo(Map.of(InfluxSchema.BATTERY_PCT, 92.0));
	}

	@Test
	void rejectsFrameEndingInsideAChannelHeader() {
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(this.co2, 85, "01755C03"))
			.withMessage("Milesight frame ends inside a channel header (01755c03)");
	}

	@Test
	void rejectsValueCutShort() {
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(this.co2, 85, "036710"))
			.withMessageStartingWith("frame too short: need 4 bytes, got 3");
	}

	@Test
	void rejectsBinSettingsWhereEmptyIsNotBelowFull() {
		CatalogEntry wrong = TestSensors.sensor(SensorModel.MILESIGHT_EM400_MUD, SensorKind.BIN,
				Map.of(CatalogSettings.EMPTY_DISTANCE_MM, "100", CatalogSettings.FULL_DISTANCE_MM, "200"));
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(wrong, 85, "04822003"))
			.withMessage("setting emptyDistanceMm (100.0) must be greater than fullDistanceMm (200.0)");
	}

}
