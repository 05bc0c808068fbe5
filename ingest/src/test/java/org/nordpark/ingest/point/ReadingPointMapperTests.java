package org.nordpark.ingest.point;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.LinkQuality;
import org.nordpark.model.Observation;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ReadingPointMapperTests {

	private static final String SENSOR = "70b3d5e75e00a1b2";

	private static final Instant TIME = Instant.parse("2025-03-12T17:05:00.123456789Z");

	private static final long NANOS = 1741799100123456789L;

	private final ReadingPointMapper mapper = new ReadingPointMapper();

	@Test
	void mapsParkingOccupancyToAnIntegerFieldAndTheLinkToItsOwnPoint() {
		Reading reading = reading(SensorKind.PARKING, "P3", List.of(Observation.of(Map.of("occupied", 1.0))),
				new LinkQuality(-97, 6.25, 2, 9, 1432L));

		assertThat(this.mapper.map(reading).lines())
			.containsExactly("parking,sensor_id=" + SENSOR + ",zone=P3 occupied=1i " + NANOS, "link,sensor_id=" + SENSOR
					+ ",zone=P3 f_cnt=1432i,gateways=2i,rssi_dbm=-97.0,sf=9i,snr_db=6.25 " + NANOS);
	}

	@Test
	void writesOnePointPerTrafficObservationWithItsDimsAsTags() {
		Reading reading = reading(SensorKind.TRAFFIC, "road-1", List.of(
				new Observation(Map.of(Dims.CLASS, "car", Dims.DIRECTION, "inbound"),
						Map.of("count", 12.0, "avg_speed_kmh", 31.5)),
				new Observation(Map.of(Dims.CLASS, "bicycle", Dims.DIRECTION, "outbound"), Map.of("count", 3.0))),
				null);

		assertThat(this.mapper.map(reading).lines()).containsExactly(
				"traffic,class=car,direction=inbound,sensor_id=" + SENSOR + ",zone=road-1 avg_speed_kmh=31.5,count=12i "
						+ NANOS,
				"traffic,class=bicycle,direction=outbound,sensor_id=" + SENSOR + ",zone=road-1 count=3i " + NANOS);
	}

	@Test
	void routesDeviceHealthValuesOfAnyKindIntoOneDevicePointTaggedWithTheModel() {
		Reading reading = reading(SensorKind.ENVIRONMENT, "park",
				List.of(Observation.of(Map.of("co2_ppm", 612.0, "battery_pct", 87.0)),
						Observation.of(Map.of("temperature_c", 21.4, "battery_v", 3.61))),
				LinkQuality.UNKNOWN);

		assertThat(this.mapper.map(reading).lines()).containsExactly(
				"environment,sensor_id=" + SENSOR + ",zone=park co2_ppm=612.0 " + NANOS,
				"environment,sensor_id=" + SENSOR + ",zone=park temperature_c=21.4 " + NANOS,
				"device,model=elsys-ers,sensor_id=" + SENSOR + ",zone=park battery_pct=87.0,battery_v=3.61 " + NANOS);
	}

	@Test
	void writesEachObservationToTheMeasurementOfItsOwnKind() {
		Reading reading = reading(SensorKind.ENVIRONMENT, "park", List.of(
				Observation.of(Map.of("temperature_c", 22.6, "occupancy", 2.0, "battery_v", 3.66)),
				new Observation(SensorKind.NOISE, Map.of(Dims.WEIGHTING, "A"), Map.of("leq_db", 55.0, "max_db", 75.0))),
				null);

		assertThat(this.mapper.map(reading).lines()).containsExactly(
				"environment,sensor_id=" + SENSOR + ",zone=park occupancy=2i,temperature_c=22.6 " + NANOS,
				"noise,sensor_id=" + SENSOR + ",weighting=A,zone=park leq_db=55.0,max_db=75.0 " + NANOS,
				"device,model=elsys-ers,sensor_id=" + SENSOR + ",zone=park battery_v=3.66 " + NANOS);
	}

	@Test
	void rejectsAFieldTheObservationsKindDoesNotHave() {
		Reading reading = reading(SensorKind.ENVIRONMENT, "park",
				List.of(new Observation(SensorKind.NOISE, Map.of(), Map.of("co2_ppm", 400.0))), null);

		assertThatExceptionOfType(UnmappableReadingException.class).isThrownBy(() -> this.mapper.map(reading))
			.withMessage("field 'co2_ppm' is not in the schema of measurement 'noise'");
	}

	@Test
	void mapsADeviceStatusReadingToTheDeviceMeasurement() {
		Reading reading = reading(SensorKind.DEVICE, null, List.of(Observation.of(Map.of("margin_db", 12.0))), null);

		assertThat(this.mapper.map(reading).lines())
			.containsExactly("device,model=elsys-ers,sensor_id=" + SENSOR + " margin_db=12.0 " + NANOS);
	}

	@Test
	void mapsAFrameWithoutMeasurementsToItsLinkPointOnly() {
		Reading reading = reading(SensorKind.BIN, "P1", List.of(), new LinkQuality(null, null, 1, null, null));

		assertThat(this.mapper.map(reading).lines())
			.containsExactly("link,sensor_id=" + SENSOR + ",zone=P1 gateways=1i " + NANOS);
	}

	@Test
	void mapsAReadingWithNothingToStoreToNoPoints() {
		Reading reading = reading(SensorKind.BIN, "P1", List.of(Observation.of(Map.of())), LinkQuality.UNKNOWN);

		assertThat(this.mapper.map(reading).isEmpty()).isTrue();
	}

	@Test
	void rejectsAFieldTheSchemaDoesNotKnow() {
		Reading reading = reading(SensorKind.PARKING, "P3", List.of(Observation.of(Map.of("co2_ppm", 400.0))), null);

		assertThatExceptionOfType(UnmappableReadingException.class).isThrownBy(() -> this.mapper.map(reading))
			.withMessage("field 'co2_ppm' is not in the schema of measurement 'parking'");
	}

	@Test
	void rejectsADimThatIsNotATagOfTheMeasurement() {
		Reading reading = reading(SensorKind.PARKING, "P3",
				List.of(new Observation(Map.of(Dims.WEIGHTING, "A"), Map.of("occupied", 1.0))), null);

		assertThatExceptionOfType(UnmappableReadingException.class).isThrownBy(() -> this.mapper.map(reading))
			.withMessage("dimension 'weighting' is not a tag of measurement 'parking'");
	}

	@Test
	void rejectsAFractionInAnIntegerField() {
		Reading reading = reading(SensorKind.PEOPLE, "park",
				List.of(new Observation(Map.of(Dims.DIRECTION, "in"), Map.of("count", 2.5))), null);

		assertThatExceptionOfType(UnmappableReadingException.class).isThrownBy(() -> this.mapper.map(reading))
			.withMessage("field 'count' of measurement 'people' must be a whole number, got 2.5");
	}

	@Test
	void rejectsATimeInfluxDbCannotStore() {
		Reading reading = new Reading("u-1", SENSOR, null, null, SensorKind.PARKING, null,
				Instant.parse("2300-01-01T00:00:00Z"), List.of(Observation.of(Map.of("occupied", 0.0))), null);

		assertThatExceptionOfType(UnmappableReadingException.class).isThrownBy(() -> this.mapper.map(reading))
			.withMessageContaining("outside InfluxDB's range");
	}

	@Test
	void mapsTheSameReadingToTheSameLinesSoRedeliveryRewritesTheSamePoints() {
		Reading reading = reading(SensorKind.NOISE, "park",
				List.of(new Observation(Map.of(Dims.WEIGHTING, "A"), Map.of(InfluxSchema.LEQ_DB, 55.2))),
				new LinkQuality(-110, -3.5, 1, 12, 7L));

		assertThat(this.mapper.map(reading)).isEqualTo(this.mapper.map(reading));
	}

	private static Reading reading(SensorKind kind, String zone, List<Observation> observations, LinkQuality link) {
		return new Reading("5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41", SENSOR, "a sensor", "elsys-ers", kind, zone, TIME,
				observations, link);
	}

}
