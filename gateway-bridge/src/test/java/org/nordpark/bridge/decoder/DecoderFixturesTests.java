package org.nordpark.bridge.decoder;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.Observation;
import org.nordpark.model.SensorKind;
import org.nordpark.model.SensorModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.nordpark.bridge.decoder.TestSensors.decode;
import static org.nordpark.bridge.decoder.TestSensors.plain;
import static org.nordpark.bridge.decoder.TestSensors.with;

/**
 * Every documented frame type of the eight native models, decoded from the vendors' own
 * published examples. Each fixture names its source; the expected values are the ones the
 * source states (converted to our units and field names), not our decoder's output. Where
 * a vendor documents a frame without an example, the vector is built from the vendor's
 * byte table and says so.
 */
class DecoderFixturesTests {

	private static final Map<String, String> LTR = Map.of(Dims.DIRECTION, "ltr");

	private static final Map<String, String> RTL = Map.of(Dims.DIRECTION, "rtl");

	@Nested
	class BoschTps110 {

		private final CatalogEntry bay = TestSensors.sensor(SensorModel.BOSCH_TPS110);

		// TTN lorawan-devices vendor/bosch/tps110-0292-codec.yaml @3410a4b "Parking
		// Status"
		@Test
		void parkingStatus() {
			assertThat(plain(decode(this.bay, 1, "01"))).isEqualTo(Map.of(InfluxSchema.OCCUPIED, 1.0));
		}

		// same file, "Heartbeat": occupied true, temperature -1
		@Test
		void heartbeatWithTemperature() {
			assertThat(plain(decode(this.bay, 2, "01FF")))
				.isEqualTo(Map.of(InfluxSchema.OCCUPIED, 1.0, InfluxSchema.DEVICE_TEMPERATURE_C, -1.0));
		}

		// same file, "Startup with codes 804 and 885": fw 0.29.2, system request,
		// occupied
		// true (debug codes, firmware and reset cause are not stored)
		@Test
		void startup() {
			assertThat(plain(decode(this.bay, 3, "24030000 75030000 00000000 00 1D 02 03 01")))
				.isEqualTo(Map.of(InfluxSchema.OCCUPIED, 1.0));
		}

		// "PLS Communication Interface" (devices.md §1): ports 4-6 (device information,
		// usage
		// statistics, debug) carry no occupancy; no vendor vector is published. Debug
		// frame
		// built from the TTN codec's layout: timestamp u32 LE, code, sequence number.
		@Test
		void deviceInformationUsageAndDebugFramesCarryNoMeasurements() {
			assertThat(decode(this.bay, 6, "78563412240300000100")).isEmpty();
			assertThat(decode(this.bay, 5, "0000000010")).isEmpty();
		}

	}

	@Nested
	class ParametricTcr {

		private final CatalogEntry counter = TestSensors.sensor(SensorModel.PARAMETRIC_TCR);

		// TTN lorawan-devices vendor/pmx/pmx-tcr-codec.yaml @284443d, the same bytes on
		// fPorts
		// 13-17: interval end 20:10, LTR 1000 at 50 km/h, RTL 1100 at 52 km/h, 5.1 V.
		// fPort 13
		// = unfiltered (class all), 14-17 = filter categories 1-4 (default classes)
		private static final String GEN2 = "A2140A03E832044C3433";

		@Test
		void gen2CountersOnEveryDocumentedPort() {
			String[] classes = { Dims.CLASS_ALL, Dims.CLASS_PEDESTRIAN, Dims.CLASS_BICYCLE, Dims.CLASS_CAR,
					Dims.CLASS_TRUCK };
			for (int fPort = 13; fPort <= 17; fPort++) {
				List<Observation> observations = decode(this.counter, fPort, GEN2);
				assertThat(with(observations, Map.of(Dims.CLASS, classes[fPort - 13], Dims.DIRECTION, "ltr")))
					.as("fPort %d", fPort)
					.isEqualTo(Map.of(InfluxSchema.COUNT, 1000.0, InfluxSchema.AVG_SPEED_KMH, 50.0));
				assertThat(with(observations, Map.of(Dims.CLASS, classes[fPort - 13], Dims.DIRECTION, "rtl")))
					.as("fPort %d", fPort)
					.isEqualTo(Map.of(InfluxSchema.COUNT, 1100.0, InfluxSchema.AVG_SPEED_KMH, 52.0));
				assertThat(plain(observations).get(InfluxSchema.BATTERY_V)).isCloseTo(5.1, within(1e-9));
			}
		}

		// same file, "device id uplink": TCR-DLI, PRO, HS, fw 1.1.0, SBX 4.2.0 (no
		// measurements)
		@Test
		void gen2DeviceId() {
			assertThat(decode(this.counter, 190, "D20A020211004200")).isEmpty();
		}

		// parametric-analytics.com docs/tcr/tcr_app_payload_v1 (byte table; the page has
		// no
		// example): battery 90 %, solar 100 mW, 23.5 °C; class 0 LTR 3 @ 5, RTL 1 @ 4;
		// class 2
		// LTR 10 @ 50, RTL 7 @ 45; class 3 LTR 1 @ 60
		@Test
		void legacyApplicationPayloadV1() {
			List<Observation> observations = decode(this.counter, 15,
					"BE0201 5A 0064 00EB 000305000104 000000000000 000A3200072D 00013C000000");
			assertThat(plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_PCT, 90.0,
					InfluxSchema.SOLAR_POWER_MW, 100.0, InfluxSchema.DEVICE_TEMPERATURE_C, 23.5));
			assertThat(with(observations, Map.of(Dims.CLASS, "pedestrian", Dims.DIRECTION, "rtl")))
				.isEqualTo(Map.of(InfluxSchema.COUNT, 1.0, InfluxSchema.AVG_SPEED_KMH, 4.0));
			assertThat(with(observations, Map.of(Dims.CLASS, "car", Dims.DIRECTION, "ltr")))
				.isEqualTo(Map.of(InfluxSchema.COUNT, 10.0, InfluxSchema.AVG_SPEED_KMH, 50.0));
			assertThat(with(observations, Map.of(Dims.CLASS, "truck", Dims.DIRECTION, "rtl")))
				.isEqualTo(Map.of(InfluxSchema.COUNT, 0.0));
		}

		// parametric-analytics.com docs/tcr/tcr_app_payload_v2 (byte table, no example):
		// SBX battery 3600 mV, 100 mW, -10.0 °C
		@Test
		void legacyApplicationPayloadV2() {
			List<Observation> observations = decode(this.counter, 15,
					"BE0202 0E10 0064 FF9C 000000000000 000214000000 000000000000 00013C000000");
			assertThat(plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_V, 3.6, InfluxSchema.SOLAR_POWER_MW,
					100.0, InfluxSchema.DEVICE_TEMPERATURE_C, -10.0));
			assertThat(with(observations, Map.of(Dims.CLASS, "bicycle", Dims.DIRECTION, "ltr")))
				.isEqualTo(Map.of(InfluxSchema.COUNT, 2.0, InfluxSchema.AVG_SPEED_KMH, 20.0));
		}

		// TTN lorawan-devices vendor/pmx/pmx-tcr.js (the PMX codec; no example): config
		// response
		// C2, setting key 0x54 (measurement interval), u16 value; carries no measurements
		@Test
		void gen2ConfigResponse() {
			assertThat(decode(this.counter, 1, "C254000F")).isEmpty();
		}

		// parametric-analytics.com docs/tcr/tcr_config_payload_v2 (byte table): 29 bytes,
		// the
		// lane distances are u16 cm (devices.md §2.2 has them as one byte each and 27
		// bytes)
		@Test
		void legacyConfigurationPayload() {
			assertThat(
					decode(this.counter, 190, "BE0202 00 010100 00 00 01 000A 05A0 0000 50 012C 0190 0107081A1B3132FF"))
				.isEmpty();
		}

	}

	@Nested
	class ParametricPcr2 {

		private final CatalogEntry counter = TestSensors.sensor(SensorModel.PARAMETRIC_PCR2);

		// Parametric PCR2 operating manual (PCR2-EU868-OD, "Payload example"):
		// 0a001016001301ff9a
		// = LTR 16, RTL 19, -10.2 °C
		@Test
		void elsysCompatiblePayload() {
			List<Observation> observations = decode(this.counter, 14, "0A001016001301FF9A");
			assertThat(with(observations, LTR)).isEqualTo(Map.of(InfluxSchema.COUNT, 16.0));
			assertThat(with(observations, RTL)).isEqualTo(Map.of(InfluxSchema.COUNT, 19.0));
			assertThat(plain(observations)).isEqualTo(Map.of(InfluxSchema.DEVICE_TEMPERATURE_C, -10.2));
		}

		// parametric.ch docs/pcr2/pcr2_app_payload_v3 "Payload Examples": LTR 0, RTL 0,
		// LTR_SUM
		// 1, RTL_SUM 0, SBX 100 %, 3300 mW, CPU 31.3 °C
		@Test
		void extendedPayloadV3() {
			List<Observation> observations = decode(this.counter, 14, "BE0103000000000001000064 0CE4 0139");
			assertThat(with(observations, LTR)).isEqualTo(Map.of(InfluxSchema.COUNT, 0.0, InfluxSchema.TOTAL, 1.0));
			assertThat(with(observations, RTL)).isEqualTo(Map.of(InfluxSchema.COUNT, 0.0, InfluxSchema.TOTAL, 0.0));
			assertThat(plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_PCT, 100.0,
					InfluxSchema.SOLAR_POWER_MW, 3300.0, InfluxSchema.DEVICE_TEMPERATURE_C, 31.3));
		}

		// TTN lorawan-devices vendor/parametric/pcr2-codec.yaml @05071c7 "Application
		// Payload
		// V4": LTR 1, RTL 2, LTR_SUM 3, RTL_SUM 4, SBX_BATT 7200 mV, SBX_PV 3300 mW, TEMP
		// 31
		// (the codec floors; the field has 0.1 °C resolution: 0x0139 = 31.3)
		@Test
		void extendedPayloadV4() {
			List<Observation> observations = decode(this.counter, 14, "BE010400010002000300041C200CE40139");
			assertThat(with(observations, LTR)).isEqualTo(Map.of(InfluxSchema.COUNT, 1.0, InfluxSchema.TOTAL, 3.0));
			assertThat(with(observations, RTL)).isEqualTo(Map.of(InfluxSchema.COUNT, 2.0, InfluxSchema.TOTAL, 4.0));
			assertThat(plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_V, 7.2, InfluxSchema.SOLAR_POWER_MW,
					3300.0, InfluxSchema.DEVICE_TEMPERATURE_C, 31.3));
		}

		// parametric.ch docs/pcr2/pcr2_app_payload_v3, Cayenne LPP format (PTYPE 1, byte
		// table,
		// no example): channel 0 presence = LTR, channel 1 presence = RTL, channel 2
		// temperature
		@Test
		void cayenneLppPayload() {
			List<Observation> observations = decode(this.counter, 14, "006605 016603 026700E6");
			assertThat(with(observations, LTR)).isEqualTo(Map.of(InfluxSchema.COUNT, 5.0));
			assertThat(with(observations, RTL)).isEqualTo(Map.of(InfluxSchema.COUNT, 3.0));
			assertThat(plain(observations)).isEqualTo(Map.of(InfluxSchema.DEVICE_TEMPERATURE_C, 23.0));
		}

		// configuration payloads (fPort 190), no measurements: v2 from parametric.ch
		// kb/pcr2-payload-2 (uplink after a settings change), v3 "Default Settings" from
		// parametric-analytics.com docs/pcr2/pcr2_config_payload_v3, v5 from the TTN
		// codec
		@Test
		void configurationPayloads() {
			assertThat(decode(this.counter, 190, "0101040102000100A005A0003C50")).isEmpty();
			assertThat(decode(this.counter, 190, "BE01030003040000000001000A05A00000000050")).isEmpty();
			assertThat(
					decode(this.counter, 190, "BE010501030A0000020001000A05A00000000000780128003200C80107003C040101"))
				.isEmpty();
		}

	}

	@Nested
	class ElsysErs {

		// TTN lorawan-devices vendor/elsys/*-codec.yaml (fPort 1 in every example;
		// devices.md
		// says 5: the decoder takes any port but 6): 22.6 °C, 41 %, 39 lx, motion 6
		private static final String CLIMATE = "0100E2 0229 040027 0506";

		private final CatalogEntry ers = TestSensors.sensor(SensorModel.ELSYS_ERS);

		private static final Map<String, Double> CLIMATE_VALUES = Map.of(InfluxSchema.TEMPERATURE_C, 22.6,
				InfluxSchema.RELATIVE_HUMIDITY_PCT, 41.0, InfluxSchema.LIGHT_LUX, 39.0, InfluxSchema.MOTION_COUNT, 6.0);

		// ers-voc-codec.yaml @62c8acd "ERS VOC temperature, humidity, light and motion"
		@Test
		void ersAndErsVoc() {
			assertThat(plain(decode(this.ers, 1, CLIMATE))).isEqualTo(CLIMATE_VALUES);
		}

		// ers-lite-codec.yaml @53a9126 "ERS Lite temperature and humidity"
		@Test
		void ersLite() {
			assertThat(plain(decode(this.ers, 1, "0100E20229")))
				.isEqualTo(Map.of(InfluxSchema.TEMPERATURE_C, 22.6, InfluxSchema.RELATIVE_HUMIDITY_PCT, 41.0));
		}

		// ers-co2-codec.yaml @51dc053: co2 776; ers-co2-lite-codec.yaml: 22.6 °C, 41 %,
		// 776 ppm
		@Test
		void ersCo2AndCo2Lite() {
			assertThat(plain(decode(this.ers, 1, CLIMATE + "060308"))).containsAllEntriesOf(CLIMATE_VALUES)
				.containsEntry(InfluxSchema.CO2_PPM, 776.0)
				.hasSize(5);
			assertThat(plain(decode(this.ers, 1, "0100E20229060308"))).isEqualTo(Map.of(InfluxSchema.TEMPERATURE_C,
					22.6, InfluxSchema.RELATIVE_HUMIDITY_PCT, 41.0, InfluxSchema.CO2_PPM, 776.0));
		}

		// ers-sound-codec.yaml @6a51637: soundPeak 1, soundAvg 1 next to the climate
		// values,
		// kept whatever the kind (noise as A-weighted max/leq)
		@Test
		void ersSound() {
			List<Observation> observations = decode(this.ers, 1, CLIMATE + "150101");
			assertThat(plain(observations)).isEqualTo(CLIMATE_VALUES);
			assertThat(observations).contains(new Observation(SensorKind.NOISE, Map.of(Dims.WEIGHTING, "A"),
					Map.of(InfluxSchema.MAX_DB, 1.0, InfluxSchema.LEQ_DB, 1.0)));
		}

		// ers-eye-codec.yaml @6a51637: occupancy 1 (pending) next to the climate values
		@Test
		void ersEye() {
			assertThat(plain(decode(this.ers, 1, CLIMATE + "1101"))).containsAllEntriesOf(CLIMATE_VALUES)
				.containsEntry(InfluxSchema.OCCUPANCY, 1.0);
		}

		// devices.md §4: settings frames on fPort 6 (no vendor vector)
		@Test
		void settingsFrame() {
			assertThat(decode(this.ers, 6, "3E0A0101020203")).isEmpty();
		}

	}

	@Nested
	class DecentlabDlPm {

		private final CatalogEntry station = TestSensors.sensor(SensorModel.DECENTLAB_DL_PM);

		// TTN lorawan-devices vendor/decentlab/dl-pm-codec.yaml @56ac631 "Example 1"
		// (same
		// vectors in decentlab/decentlab-decoders DL-PM)
		@Test
		void fullFrame() {
			Map<String, Double> values = plain(
					decode(this.station, 1, "021B50000F0C25002500270027002701F50107012C012D012D012D67BD618DBD10"));
			assertThat(values.get(InfluxSchema.BATTERY_V)).isEqualTo(3.109);
			assertThat(values.get(InfluxSchema.PM1_0_UGM3)).isEqualTo(3.7);
			assertThat(values.get(InfluxSchema.PM2_5_UGM3)).isEqualTo(3.9);
			assertThat(values.get(InfluxSchema.PM4_UGM3)).isEqualTo(3.9);
			assertThat(values.get(InfluxSchema.PM10_UGM3)).isEqualTo(3.9);
			assertThat(values.get(InfluxSchema.TEMPERATURE_C)).isCloseTo(24.35660461425781, within(1e-9));
			assertThat(values.get(InfluxSchema.RELATIVE_HUMIDITY_PCT)).isCloseTo(41.63221740722656, within(1e-9));
			assertThat(values.get(InfluxSchema.PRESSURE_HPA)).isEqualTo(968.0);
		}

		// same file "Example 2": no PM group (flags 0x000D)
		@Test
		void frameWithoutParticulateMatter() {
			Map<String, Double> values = plain(decode(this.station, 1, "021B50000D0C2567BD618DBD10"));
			assertThat(values).containsOnlyKeys(InfluxSchema.BATTERY_V, InfluxSchema.TEMPERATURE_C,
					InfluxSchema.RELATIVE_HUMIDITY_PCT, InfluxSchema.PRESSURE_HPA);
			assertThat(values.get(InfluxSchema.PRESSURE_HPA)).isEqualTo(968.0);
		}

		// same file "Example 3": battery only
		@Test
		void batteryOnlyFrame() {
			assertThat(plain(decode(this.station, 1, "021B5000010C25")))
				.isEqualTo(Map.of(InfluxSchema.BATTERY_V, 3.109));
		}

	}

	@Nested
	class Milesight {

		// Milesight-IoT/SensorDecoders WS_Series/WS302/README.md "Example": battery 100,
		// LAF
		// 57.5, LAeq 47.4, LAFmax 61.8 (weighting byte 0x05: A, fast)
		@Test
		void ws302SoundLevel() {
			List<Observation> observations = decode(TestSensors.sensor(SensorModel.MILESIGHT_WS302), 85,
					"017564 055B053F02DA016A02");
			assertThat(with(observations, Map.of(Dims.WEIGHTING, "A")))
				.isEqualTo(Map.of(InfluxSchema.L_DB, 57.5, InfluxSchema.LEQ_DB, 47.4, InfluxSchema.MAX_DB, 61.8));
			assertThat(plain(observations)).isEqualTo(Map.of(InfluxSchema.BATTERY_PCT, 100.0));
		}

		// Milesight-IoT/SensorDecoders EM_Series/EM500_Series/EM500-CO2/README.md
		// "Example":
		// battery 100, 28.1 °C, 57.5 %RH, 1127 ppm, 1008.8 hPa
		@Test
		void em500Co2() {
			assertThat(plain(decode(TestSensors.sensor(SensorModel.MILESIGHT_EM500_CO2), 85,
					"01756403671901 046873 057D6704 06736827")))
				.isEqualTo(Map.of(InfluxSchema.BATTERY_PCT, 100.0, InfluxSchema.TEMPERATURE_C, 28.1,
						InfluxSchema.RELATIVE_HUMIDITY_PCT, 57.5, InfluxSchema.CO2_PPM, 1127.0,
						InfluxSchema.PRESSURE_HPA, 1008.8));
		}

		// Milesight-IoT/SensorDecoders EM_Series/EM400_Series/EM400-MUD/README.md, first
		// example: battery 92, 25.7 °C (the device's own: device_temperature_c), 2116 mm,
		// tilt
		@Test
		void em400MudPeriodic() {
			assertThat(plain(
					decode(TestSensors.sensor(SensorModel.MILESIGHT_EM400_MUD), 85, "01755C 03670101 04824408 050001")))
				.isEqualTo(Map.of(InfluxSchema.BATTERY_PCT, 92.0, InfluxSchema.DEVICE_TEMPERATURE_C, 25.7,
						InfluxSchema.DISTANCE_MM, 2116.0, InfluxSchema.TILTED, 1.0));
		}

		// same README, second example (alarms): 23.2 °C threshold alarm, 1601 mm
		// threshold alarm
		@Test
		void em400MudAlarms() {
			assertThat(plain(decode(TestSensors.sensor(SensorModel.MILESIGHT_EM400_MUD), 85, "8367E80001 8482410601")))
				.isEqualTo(Map.of(InfluxSchema.DEVICE_TEMPERATURE_C, 23.2, InfluxSchema.DISTANCE_MM, 1601.0));
		}

	}

}
