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
import static org.assertj.core.api.Assertions.within;
import static org.nordpark.bridge.decoder.TestSensors.decode;
import static org.nordpark.bridge.decoder.TestSensors.with;

class ParametricTcrDecoderTests {

	// v1: battery 90 %, solar 100 mW, 23.5 °C; classes 0..3 as (LTR count, speed, RTL
	// count, speed)
	private static final String V1 = "BE0201 5A 0064 00EB 000305000104 000214000000 000A3200072D 00013C000000";

	private static final String V2 = "BE0202 0E10 0064 FF9C 000305000104 000214000000 000A3200072D 00013C000000";

	private final CatalogEntry counter = TestSensors.sensor(SensorModel.PARAMETRIC_TCR, SensorKind.TRAFFIC,
			Map.of(CatalogSettings.LTR, "inbound", CatalogSettings.RTL, "outbound", CatalogSettings.CLASSES,
					"0:pedestrian,1:bicycle,2:car,3:truck"));

	@Test
	void decodesOneObservationPerClassAndDirectionFromLegacyV1Payload() {
		List<Observation> observations = decode(this.counter, 15, V1);
		assertThat(observations).hasSize(9);
		assertThat(with(observations, dims("car", "inbound")))
			.isEqualTo(Map.of(InfluxSchema.COUNT, 10.0, InfluxSchema.AVG_SPEED_KMH, 50.0));
		assertThat(with(observations, dims("car", "outbound")))
			.isEqualTo(Map.of(InfluxSchema.COUNT, 7.0, InfluxSchema.AVG_SPEED_KMH, 45.0));
		assertThat(with(observations, dims("pedestrian", "inbound"))).containsEntry(InfluxSchema.COUNT, 3.0);
		assertThat(TestSensors.plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_PCT, 90.0,
				InfluxSchema.SOLAR_POWER_MW, 100.0, InfluxSchema.DEVICE_TEMPERATURE_C, 23.5));
	}

	@Test
	void leavesTheSpeedOutWhenNothingWasCounted() {
		assertThat(with(decode(this.counter, 15, V1), dims("bicycle", "outbound")))
			.isEqualTo(Map.of(InfluxSchema.COUNT, 0.0));
	}

	@Test
	void decodesLegacyV2PayloadWithBatteryVoltageAndNegativeTemperature() {
		List<Observation> observations = decode(this.counter, 15, V2);
		assertThat(TestSensors.plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_V, 3.6,
				InfluxSchema.SOLAR_POWER_MW, 100.0, InfluxSchema.DEVICE_TEMPERATURE_C, -10.0));
		assertThat(with(observations, dims("truck", "inbound")))
			.isEqualTo(Map.of(InfluxSchema.COUNT, 1.0, InfluxSchema.AVG_SPEED_KMH, 60.0));
	}

	@Test
	void sumsCategoriesMappedToTheSameClassWithCountWeightedSpeed() {
		CatalogEntry merged = TestSensors.sensor(SensorModel.PARAMETRIC_TCR, SensorKind.TRAFFIC,
				Map.of(CatalogSettings.CLASSES, "0:car,1:car,2:car,3:truck"));
		Map<String, Double> carsLtr = with(decode(merged, 15, V1), dims("car", "ltr"));
		assertThat(carsLtr.get(InfluxSchema.COUNT)).isEqualTo(15.0);
		assertThat(carsLtr.get(InfluxSchema.AVG_SPEED_KMH)).isCloseTo((3 * 5 + 2 * 20 + 10 * 50) / 15.0, within(1e-9));
	}

	@Test
	void deadLettersLegacyFrameThatCountsInAClassWithoutLabel() {
		CatalogEntry carsOnly = TestSensors.sensor(SensorModel.PARAMETRIC_TCR, SensorKind.TRAFFIC,
				Map.of(CatalogSettings.CLASSES, "2:car"));
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(carsOnly, 15, V1))
			.withMessage("TCR speed class 0 counted 4 objects but setting classes '2:car' gives it no class (key 0)");
	}

	@Test
	void acceptsLegacyFrameWhoseUnlabeledClassesCountedNothing() {
		CatalogEntry withoutTrucks = TestSensors.sensor(SensorModel.PARAMETRIC_TCR, SensorKind.TRAFFIC,
				Map.of(CatalogSettings.CLASSES, "0:pedestrian,1:bicycle,2:car"));
		String noTrucks = V1.substring(0, V1.length() - 12) + "000000000000";
		assertThat(decode(withoutTrucks, 15, noTrucks)).hasSize(7);
	}

	@Test
	void decodesGen2CounterFrameOfOneFilterCategory() {
		List<Observation> observations = decode(this.counter, 16, "A2140A00051E00031924");
		// fPort 16 = filter category 3 = class key 2, which this sensor calls car
		assertThat(with(observations, dims("car", "inbound")))
			.isEqualTo(Map.of(InfluxSchema.COUNT, 5.0, InfluxSchema.AVG_SPEED_KMH, 30.0));
		assertThat(with(observations, dims("car", "outbound")))
			.isEqualTo(Map.of(InfluxSchema.COUNT, 3.0, InfluxSchema.AVG_SPEED_KMH, 25.0));
		assertThat(TestSensors.plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_V, 3.6));
	}

	@Test
	void decodesGen2CounterFrameOnFPort15AsFilterCategory2() {
		List<Observation> observations = decode(this.counter, 15, "A2140A00051E00031924");
		assertThat(with(observations, dims("bicycle", "inbound")))
			.isEqualTo(Map.of(InfluxSchema.COUNT, 5.0, InfluxSchema.AVG_SPEED_KMH, 30.0));
	}

	@Test
	void gen2FilterCategoriesAndLegacySpeedClassesShareOneClassesSetting() {
		String frame = "A2140A00051E00031924";
		assertThat(with(decode(this.counter, 14, frame), dims("pedestrian", "inbound")))
			.containsEntry(InfluxSchema.COUNT, 5.0);
		assertThat(with(decode(this.counter, 15, frame), dims("bicycle", "inbound"))).containsEntry(InfluxSchema.COUNT,
				5.0);
		assertThat(with(decode(this.counter, 16, frame), dims("car", "inbound"))).containsEntry(InfluxSchema.COUNT,
				5.0);
		assertThat(with(decode(this.counter, 17, frame), dims("truck", "inbound"))).containsEntry(InfluxSchema.COUNT,
				5.0);
		assertThat(with(decode(this.counter, 15, V1), dims("pedestrian", "inbound"))).containsEntry(InfluxSchema.COUNT,
				3.0);
	}

	@Test
	void deadLettersGen2FrameOfACategoryWithoutLabel() {
		CatalogEntry withoutTrucks = TestSensors.sensor(SensorModel.PARAMETRIC_TCR, SensorKind.TRAFFIC,
				Map.of(CatalogSettings.CLASSES, "0:pedestrian,1:bicycle,2:car"));
		assertThatExceptionOfType(DecodingException.class)
			.isThrownBy(() -> decode(withoutTrucks, 17, "A2140A00051E00031924"))
			.withMessage("TCR filter category 4 (fPort 17) has no class in setting classes "
					+ "'0:pedestrian,1:bicycle,2:car' (key 3)");
	}

	@Test
	void gen2UnfilteredCounterIsClassAll() {
		CatalogEntry plain = TestSensors.sensor(SensorModel.PARAMETRIC_TCR);
		assertThat(with(decode(plain, 13, "A2140A00051E00031924"), dims(Dims.CLASS_ALL, "ltr")))
			.containsEntry(InfluxSchema.COUNT, 5.0);
	}

	@Test
	void gen2CategoriesDefaultToPedestrianBicycleCarTruck() {
		CatalogEntry plain = TestSensors.sensor(SensorModel.PARAMETRIC_TCR);
		assertThat(with(decode(plain, 14, "A2140A00051E00031924"), dims("pedestrian", "rtl")))
			.containsEntry(InfluxSchema.COUNT, 3.0);
	}

	@Test
	void configurationAndDeviceIdFramesCarryNoMeasurements() {
		assertThat(decode(this.counter, 190, "BE020100010203000000000F0000003C3201010107081926315078")).isEmpty();
		assertThat(decode(this.counter, 190, "D2020102120110")).isEmpty();
	}

	@Test
	void rejectsLegacyPayloadOfWrongLength() {
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(this.counter, 15, "BE02015A0064"))
			.withMessageStartingWith("TCR payload v1 must be 32 bytes, got 6");
	}

	@Test
	void rejectsUnknownPayloadVersion() {
		assertThatExceptionOfType(DecodingException.class)
			.isThrownBy(() -> decode(this.counter, 15, V1.replace("BE0201", "BE0209")))
			.withMessage("TCR payload version 9 is not supported (1 or 2)");
	}

	@Test
	void rejectsGen2FrameWithoutPrefix() {
		assertThatExceptionOfType(DecodingException.class)
			.isThrownBy(() -> decode(this.counter, 14, "B2140A00051E00031924"))
			.withMessageStartingWith("TCR counter frame on fPort 14 must start with A2");
	}

	@Test
	void rejectsClassesSettingWithUnknownClass() {
		CatalogEntry wrong = TestSensors.sensor(SensorModel.PARAMETRIC_TCR, SensorKind.TRAFFIC,
				Map.of(CatalogSettings.CLASSES, "0:tram"));
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(wrong, 15, V1))
			.withMessageStartingWith("setting classes names class 'tram'");
	}

	private static Map<String, String> dims(String name, String direction) {
		return Map.of(Dims.CLASS, name, Dims.DIRECTION, direction);
	}

}
