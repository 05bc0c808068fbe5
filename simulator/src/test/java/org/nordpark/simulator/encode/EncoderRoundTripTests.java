package org.nordpark.simulator.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.SensorModel;
import org.nordpark.simulator.encode.DecentlabPmEncoder.Particulates;
import org.nordpark.simulator.encode.TcrEncoder.ClassCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Every encoder against the bridge's decoder, over the value ranges the scenarios produce
 * (and their edges): what the simulator means is what the platform reads.
 */
class EncoderRoundTripTests {

	private static final int CASES = 300;

	private static final Offset<Double> TENTH = Offset.offset(0.051);

	private final SplittableRandom random = new SplittableRandom(20261122);

	@Test
	void tps110StatusHeartbeatAndStartupDecodeToTheOccupancy() {
		CatalogEntry bay = RoundTrip.sensor(SensorModel.BOSCH_TPS110, Map.of("section", "disabled"));
		for (int i = 0; i < CASES; i++) {
			boolean occupied = this.random.nextBoolean();
			int temperature = this.random.nextInt(-25, 61);
			assertThat(RoundTrip.decode(bay, Tps110Encoder.status(occupied)))
				.containsExactly(entry("occupied", occupied ? 1.0 : 0.0));
			assertThat(RoundTrip.decode(bay, Tps110Encoder.heartbeat(occupied, temperature))).containsExactly(
					entry("device_temperature_c", (double) temperature), entry("occupied", occupied ? 1.0 : 0.0));
			assertThat(RoundTrip.decode(bay, Tps110Encoder.startup(occupied, new int[] { 0, 29, 2 }, 2)))
				.containsEntry("occupied", occupied ? 1.0 : 0.0);
		}
	}

	@Test
	void tcrLegacyV2DecodesToCountsAndSpeedsPerClassAndDirection() {
		CatalogEntry counter = RoundTrip.sensor(SensorModel.PARAMETRIC_TCR,
				Map.of("ltr", "inbound", "rtl", "outbound", "classes", "0:pedestrian,1:bicycle,2:car,3:truck"));
		String[] classes = { "pedestrian", "bicycle", "car", "truck" };
		for (int i = 0; i < CASES; i++) {
			List<ClassCount> counts = new ArrayList<>();
			for (int c = 0; c < 4; c++) {
				counts.add(new ClassCount(count(), this.random.nextInt(1, 131), count(), this.random.nextInt(1, 131)));
			}
			int batteryMv = this.random.nextInt(3000, 4201);
			int solarMw = this.random.nextInt(0, 2201);
			double temperature = tenth(-25, 60);
			Map<String, Double> decoded = RoundTrip.decode(counter,
					TcrEncoder.payloadV2(batteryMv, solarMw, temperature, counts));
			assertThat(decoded.get("battery_v")).isCloseTo(batteryMv / 1000.0, Offset.offset(1e-9));
			assertThat(decoded.get("solar_power_mw")).isEqualTo(solarMw);
			assertThat(decoded.get("device_temperature_c")).isCloseTo(temperature, TENTH);
			for (int c = 0; c < 4; c++) {
				ClassCount count = counts.get(c);
				assertThat(decoded.get("count[class=" + classes[c] + ",direction=inbound]"))
					.isEqualTo((double) count.ltrCount());
				assertThat(decoded.get("count[class=" + classes[c] + ",direction=outbound]"))
					.isEqualTo((double) count.rtlCount());
				if (count.ltrCount() > 0) {
					assertThat(decoded.get("avg_speed_kmh[class=" + classes[c] + ",direction=inbound]"))
						.isEqualTo((double) count.ltrSpeedKmh());
				}
			}
		}
	}

	@Test
	void tcrConfigurationFrameDecodesWithoutMeasurements() {
		CatalogEntry counter = RoundTrip.sensor(SensorModel.PARAMETRIC_TCR, Map.of("ltr", "in", "rtl", "out"));
		Frame frame = TcrEncoder.configuration(new int[] { 2, 1, 0 }, 15,
				new int[][] { { 1, 7 }, { 8, 25 }, { 26, 49 }, { 50, 120 } });
		assertThat(RoundTrip.decode(counter, frame)).doesNotContainKeys("count[class=car,direction=in]");
	}

	@Test
	void pcr2ExtendedV4DecodesToCountsAndTotalsPerDirection() {
		CatalogEntry counter = RoundTrip.sensor(SensorModel.PARAMETRIC_PCR2,
				Map.of("ltr", "inbound", "rtl", "outbound"));
		for (int i = 0; i < CASES; i++) {
			int ltr = count();
			int rtl = count();
			int ltrSum = this.random.nextInt(0x10000);
			int rtlSum = this.random.nextInt(0x10000);
			int batteryMv = this.random.nextInt(3000, 4201);
			int solarMw = this.random.nextInt(0, 1801);
			double temperature = tenth(-25, 60);
			Map<String, Double> decoded = RoundTrip.decode(counter,
					Pcr2Encoder.extendedV4(ltr, rtl, ltrSum, rtlSum, batteryMv, solarMw, temperature));
			assertThat(decoded).containsEntry("count[direction=inbound]", (double) ltr)
				.containsEntry("count[direction=outbound]", (double) rtl)
				.containsEntry("total[direction=inbound]", (double) ltrSum)
				.containsEntry("total[direction=outbound]", (double) rtlSum)
				.containsEntry("solar_power_mw", (double) solarMw);
			assertThat(decoded.get("battery_v")).isCloseTo(batteryMv / 1000.0, Offset.offset(1e-9));
			assertThat(decoded.get("device_temperature_c")).isCloseTo(temperature, TENTH);
		}
	}

	@Test
	void pcr2ElsysCompatibleFrameDecodesToCounts() {
		CatalogEntry counter = RoundTrip.sensor(SensorModel.PARAMETRIC_PCR2,
				Map.of("ltr", "inbound", "rtl", "outbound"));
		assertThat(RoundTrip.decode(counter, Pcr2Encoder.elsysCompatible(12, 340, 21.5)))
			.containsEntry("count[direction=inbound]", 12.0)
			.containsEntry("count[direction=outbound]", 340.0);
	}

	@Test
	void elsysErsCo2FrameDecodesToEveryEnvironmentalValue() {
		CatalogEntry ers = RoundTrip.sensor(SensorModel.ELSYS_ERS, Map.of());
		for (int i = 0; i < CASES; i++) {
			double temperature = tenth(-25, 45);
			int humidity = this.random.nextInt(0, 101);
			int lux = this.random.nextInt(0, 40_001);
			int motion = this.random.nextInt(0, 256);
			int co2 = this.random.nextInt(380, 2001);
			int vdd = this.random.nextInt(3000, 3701);
			Map<String, Double> decoded = RoundTrip.decode(ers,
					ElsysEncoder.frame()
						.temperature(temperature)
						.humidity(humidity)
						.light(lux)
						.motion(motion)
						.co2(co2)
						.vdd(vdd)
						.build());
			assertThat(decoded.get("temperature_c")).isCloseTo(temperature, TENTH);
			assertThat(decoded).containsEntry("relative_humidity_pct", (double) humidity)
				.containsEntry("light_lux", (double) lux)
				.containsEntry("motion_count", (double) motion)
				.containsEntry("co2_ppm", (double) co2);
			assertThat(decoded.get("battery_v")).isCloseTo(vdd / 1000.0, Offset.offset(1e-9));
		}
	}

	@Test
	void elsysPressureAndTvocDecode() {
		CatalogEntry ers = RoundTrip.sensor(SensorModel.ELSYS_ERS, Map.of());
		Map<String, Double> decoded = RoundTrip.decode(ers, ElsysEncoder.frame().pressure(1008.125).tvoc(230).build());
		assertThat(decoded).containsEntry("pressure_hpa", 1008.125).containsEntry("tvoc_ppb", 230.0);
	}

	@Test
	void decentlabFramesDecodeToParticulatesAirAndBattery() {
		CatalogEntry station = RoundTrip.sensor(SensorModel.DECENTLAB_DL_PM, Map.of());
		for (int i = 0; i < CASES; i++) {
			double pm25 = tenth(0.5, 150);
			Particulates pm = new Particulates(tenth(0.3, 110), pm25, tenth(0.6, 180), tenth(0.8, 250),
					this.random.nextInt(300, 700),
					new double[] { tenth(1, 900), tenth(1, 900), tenth(1, 900), tenth(1, 900), tenth(1, 900) });
			double temperature = 40 * this.random.nextDouble() - 20;
			double humidity = 20 + 80 * this.random.nextDouble();
			double pressure = 960 + 90 * this.random.nextDouble();
			double battery = 2.9 + 0.7 * this.random.nextDouble();
			Map<String, Double> decoded = RoundTrip.decode(station,
					DecentlabPmEncoder.full(4711, battery, pm, temperature, humidity, pressure));
			assertThat(decoded.get("pm2_5_ugm3")).isCloseTo(pm25, Offset.offset(1e-9));
			assertThat(decoded.get("pm1_0_ugm3")).isCloseTo(pm.pm1_0(), Offset.offset(1e-9));
			assertThat(decoded.get("pm4_ugm3")).isCloseTo(pm.pm4(), Offset.offset(1e-9));
			assertThat(decoded.get("pm10_ugm3")).isCloseTo(pm.pm10(), Offset.offset(1e-9));
			assertThat(decoded.get("temperature_c")).isCloseTo(temperature, Offset.offset(0.01));
			assertThat(decoded.get("relative_humidity_pct")).isCloseTo(humidity, Offset.offset(0.01));
			assertThat(decoded.get("pressure_hpa")).isCloseTo(pressure, Offset.offset(0.011));
			assertThat(decoded.get("battery_v")).isCloseTo(battery, Offset.offset(0.0006));
		}
		assertThat(RoundTrip.decode(station, DecentlabPmEncoder.batteryOnly(4711, 3.1)))
			.containsExactly(entry("battery_v", 3.1));
	}

	@Test
	void ws302SoundLevelDecodesToAWeightedLevels() {
		CatalogEntry meter = RoundTrip.sensor(SensorModel.MILESIGHT_WS302, Map.of());
		for (int i = 0; i < CASES; i++) {
			double leq = tenth(30, 110);
			double level = tenth(30, leq);
			double max = tenth(leq, 130);
			int battery = this.random.nextInt(0, 101);
			Map<String, Double> decoded = RoundTrip.decode(meter,
					MilesightEncoder.frame().battery(battery).sound(1, 1, level, leq, max).build());
			assertThat(decoded.get("leq_db[weighting=A]")).isCloseTo(leq, TENTH);
			assertThat(decoded.get("l_db[weighting=A]")).isCloseTo(level, TENTH);
			assertThat(decoded.get("max_db[weighting=A]")).isCloseTo(max, TENTH);
			assertThat(decoded).containsEntry("battery_pct", (double) battery);
		}
	}

	@Test
	void em500Co2DecodesToClimateValues() {
		CatalogEntry station = RoundTrip.sensor(SensorModel.MILESIGHT_EM500_CO2, Map.of());
		for (int i = 0; i < CASES; i++) {
			double temperature = tenth(-25, 45);
			double humidity = this.random.nextInt(0, 201) / 2.0;
			int co2 = this.random.nextInt(380, 5001);
			double pressure = tenth(960, 1050);
			Map<String, Double> decoded = RoundTrip.decode(station,
					MilesightEncoder.frame()
						.battery(88)
						.temperature(temperature)
						.humidity(humidity)
						.co2(co2)
						.pressure(pressure)
						.build());
			assertThat(decoded.get("temperature_c")).isCloseTo(temperature, TENTH);
			assertThat(decoded.get("pressure_hpa")).isCloseTo(pressure, TENTH);
			assertThat(decoded).containsEntry("relative_humidity_pct", humidity)
				.containsEntry("co2_ppm", (double) co2)
				.containsEntry("battery_pct", 88.0);
		}
	}

	@Test
	void em400MudDecodesToDistanceFillLevelAndPosition() {
		CatalogEntry bin = RoundTrip.sensor(SensorModel.MILESIGHT_EM400_MUD,
				Map.of("emptyDistanceMm", "1100", "fullDistanceMm", "150"));
		for (int i = 0; i < CASES; i++) {
			int distance = this.random.nextInt(0, 1300);
			boolean tilted = this.random.nextInt(20) == 0;
			Map<String, Double> decoded = RoundTrip.decode(bin,
					MilesightEncoder.frame()
						.battery(75)
						.temperature(tenth(-20, 50))
						.distance(distance)
						.position(tilted)
						.build());
			double fill = Math.max(0, Math.min(100, (1100.0 - distance) / 950 * 100));
			assertThat(decoded).containsEntry("distance_mm", (double) distance)
				.containsEntry("tilted", tilted ? 1.0 : 0.0)
				.containsEntry("battery_pct", 75.0);
			assertThat(decoded.get("fill_level_pct")).isCloseTo(fill, Offset.offset(1e-9));
		}
	}

	private int count() {
		// mostly small interval counts, sometimes a match-day wave, and the 16-bit edge
		return switch (this.random.nextInt(10)) {
			case 0 -> 0;
			case 1 -> 0xFFFF;
			case 2, 3 -> this.random.nextInt(500, 3000);
			default -> this.random.nextInt(0, 120);
		};
	}

	private double tenth(double min, double max) {
		return Math.round((min + (max - min) * this.random.nextDouble()) * 10) / 10.0;
	}

}
