package org.nordpark.ingest.influx;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.influxdb.InfluxDB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.nordpark.ingest.point.MappedReading;
import org.nordpark.ingest.point.ReadingPointMapper;
import org.nordpark.ingest.system.IngestMetrics;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.LinkQuality;
import org.nordpark.model.Observation;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;
import org.nordpark.testsupport.InfluxExtension;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.UniqueNames;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database set-up and the hourly rollups against a real InfluxDB, with a known input
 * and hand-computed hourly values.
 */
@ExtendWith(InfluxExtension.class)
class RollupIT {

	private static final String PARKING = "70b3d5e75e000001";

	private static final String COUNTER = "70b3d5e75e000002";

	private static final String GATE = "70b3d5e75e000003";

	private static final String AIR = "70b3d5e75e000004";

	private static final String BIN = "70b3d5e75e000005";

	private final ReadingPointMapper mapper = new ReadingPointMapper();

	private final List<InfluxDB> clients = new ArrayList<>();

	@AfterEach
	void close() {
		this.clients.forEach(InfluxDB::close);
	}

	@Test
	void rollsEachMeasurementUpIntoHourlyWithSumsMeansMaximaAndOccupancyRate(InfluxServer influx) {
		String database = UniqueNames.next("db");
		DatabaseSetup setup = setup(influx, database, Map.of());
		setup.ensure();
		Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(5, ChronoUnit.HOURS);
		write(influx, database, knownInput(hour));

		for (InfluxSchema.Measurement measurement : InfluxSchema.measurements()) {
			influx.query(database, setup.rollups().selectInto(measurement, hour, hour.plus(2, ChronoUnit.HOURS)));
		}

		Map<String, JsonNode> parking = hourly(influx, database, "parking", PARKING, hour);
		assertThat(parking.get("occupied").asDouble()).isEqualTo(0.75);
		assertThat(parking.get("zone").asString()).isEqualTo("P1");
		assertThat(
				hourly(influx, database, "parking", PARKING, hour.plus(1, ChronoUnit.HOURS)).get("occupied").asDouble())
			.isEqualTo(0.0);
		Map<String, JsonNode> traffic = hourly(influx, database, "traffic", COUNTER, hour);
		assertThat(traffic.get("count").asLong()).isEqualTo(12);
		assertThat(traffic.get("avg_speed_kmh").asDouble()).isEqualTo(35.0);
		assertThat(traffic.get("avg_speed_kmh_max").asDouble()).isEqualTo(40.0);
		assertThat(traffic.get("class").asString()).isEqualTo("car");
		Map<String, JsonNode> people = hourly(influx, database, "people", GATE, hour);
		assertThat(people.get("count").asLong()).isEqualTo(7);
		assertThat(people.get("total").asLong()).isEqualTo(130);
		Map<String, JsonNode> air = hourly(influx, database, "environment", AIR, hour);
		assertThat(air.get("co2_ppm").asDouble()).isEqualTo(500.0);
		assertThat(air.get("co2_ppm_max").asDouble()).isEqualTo(600.0);
		Map<String, JsonNode> bin = hourly(influx, database, "bin", BIN, hour);
		assertThat(bin.get("tilted").asLong()).isEqualTo(1);
		assertThat(bin.get("fill_level_pct").asDouble()).isEqualTo(30.0);
		assertThat(bin.get("fill_level_pct_max").asDouble()).isEqualTo(40.0);
		Map<String, JsonNode> device = hourly(influx, database, "device", BIN, hour);
		assertThat(device.get("battery_pct").asDouble()).isEqualTo(85.0);
		assertThat(device.get("model").asString()).isEqualTo("test-model");
		Map<String, JsonNode> link = hourly(influx, database, "link", PARKING, hour);
		assertThat(link.get("uplinks").asLong()).isEqualTo(4);
		assertThat(link.get("rssi_dbm").asDouble()).isEqualTo(-95.0);
	}

	@Test
	void createsContinuousQueriesThatKeepTheHourlyRollupsFilled(InfluxServer influx) {
		String database = UniqueNames.next("db");
		setup(influx, database, Map.of("rollup-every", "1s", "rollup-window", "3h")).ensure();
		Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
		write(influx, database, knownInput(hour));

		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		List<JsonNode> rows = List.of();
		while (rows.isEmpty() && System.nanoTime() < deadline) {
			sleep();
			rows = influx.rows(database, "SELECT occupied FROM \"hourly\".\"parking\" WHERE time = '" + hour + "'");
		}
		assertThat(rows).singleElement().satisfies((row) -> assertThat(row.get(1).asDouble()).isEqualTo(0.75));
		assertThat(influx.rows(database, "SHOW CONTINUOUS QUERIES")).isNotNull();
		JsonNode queries = influx.query(database, "SHOW CONTINUOUS QUERIES").path("results").path(0).path("series");
		List<String> names = new ArrayList<>();
		queries.forEach((series) -> {
			if (series.path("name").asString().equals(database)) {
				series.path("values").forEach((value) -> names.add(value.get(0).asString()));
			}
		});
		assertThat(names).containsExactlyInAnyOrder("hourly_parking", "hourly_traffic", "hourly_people",
				"hourly_environment", "hourly_noise", "hourly_bin", "hourly_device", "hourly_link", "hourly_car_park");
	}

	@Test
	void rollsUpHoursThatReceivedPointsTooLateForTheContinuousQueries(InfluxServer influx) throws Exception {
		String database = UniqueNames.next("db");
		InfluxProperties properties = TestInflux.properties(influx.url(), database,
				Map.of("late-rollup-every", "1s", "rollup-window", "2h", "batch-max-age", "50ms"));
		InfluxDB client = TestInflux.client(properties);
		this.clients.add(client);
		DatabaseSetup setup = new DatabaseSetup(client, properties);
		BatchWriter writer = new BatchWriter(client, properties, setup, new IngestMetrics(new SimpleMeterRegistry()));
		writer.start();
		try {
			Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(6, ChronoUnit.HOURS);
			List<RecordingRequest> requests = new ArrayList<>();
			for (Reading reading : knownInput(hour)) {
				MappedReading mapped = this.mapper.map(reading);
				requests.add(new RecordingRequest(mapped.time(), mapped.lines().toArray(String[]::new)));
			}
			for (RecordingRequest request : requests) {
				writer.submit(request);
			}
			for (RecordingRequest request : requests) {
				assertThat(request.awaitOutcome()).isEqualTo("written");
			}

			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			List<JsonNode> rows = List.of();
			List<JsonNode> traffic = List.of();
			// one pass rolls up the measurements one after another: wait for the last one
			while ((rows.isEmpty() || traffic.isEmpty()) && System.nanoTime() < deadline) {
				sleep();
				rows = influx.rows(database, "SELECT occupied FROM \"hourly\".\"parking\" WHERE time = '" + hour + "'");
				traffic = influx.rows(database, "SELECT * FROM \"hourly\".\"traffic\" WHERE time = '" + hour + "'");
			}
			assertThat(rows).singleElement().satisfies((row) -> assertThat(row.get(1).asDouble()).isEqualTo(0.75));
			assertThat(hourly(influx, database, "traffic", COUNTER, hour).get("count").asLong()).isEqualTo(12);
		}
		finally {
			writer.stop();
		}
	}

	@Test
	void setsUpIdempotentlyAndFollowsChangedSettings(InfluxServer influx) {
		String database = UniqueNames.next("db");
		setup(influx, database, Map.of()).ensure();
		setup(influx, database, Map.of()).ensure();

		setup(influx, database, Map.of("raw-retention", "48h", "hourly-retention", "4000h", "rollup-every", "5m"))
			.ensure();

		Map<String, String> durations = new HashMap<>();
		Map<String, Boolean> defaults = new HashMap<>();
		influx.rows(database, "SHOW RETENTION POLICIES").forEach((row) -> {
			durations.put(row.get(0).asString(), row.get(1).asString());
			defaults.put(row.get(0).asString(), row.get(4).asBoolean());
		});
		assertThat(durations).containsEntry("raw", "48h0m0s").containsEntry("hourly", "4000h0m0s");
		assertThat(defaults).containsEntry("raw", true).containsEntry("hourly", false);
		JsonNode queries = influx.query(database, "SHOW CONTINUOUS QUERIES").path("results").path(0).path("series");
		List<String> statements = new ArrayList<>();
		queries.forEach((series) -> {
			if (series.path("name").asString().equals(database)) {
				series.path("values").forEach((value) -> statements.add(value.get(1).asString()));
			}
		});
		assertThat(statements).hasSize(9).allSatisfy((statement) -> assertThat(statement).contains("EVERY 5m"));
	}

	private List<Reading> knownInput(Instant hour) {
		List<Reading> readings = new ArrayList<>();
		int[] occupied = { 1, 0, 1, 1 };
		int[] rssi = { -90, -100, -80, -110 };
		for (int i = 0; i < 4; i++) {
			readings.add(reading(PARKING, SensorKind.PARKING, "P1", hour.plus(15 * i, ChronoUnit.MINUTES),
					Observation.of(Map.of("occupied", (double) occupied[i])),
					new LinkQuality(rssi[i], 5.0, 1, 9, (long) i)));
		}
		readings.add(reading(PARKING, SensorKind.PARKING, "P1", hour.plus(70, ChronoUnit.MINUTES),
				Observation.of(Map.of("occupied", 0.0)), null));
		Map<String, String> car = Map.of(Dims.CLASS, "car", Dims.DIRECTION, "in");
		readings.add(reading(COUNTER, SensorKind.TRAFFIC, "road", hour.plus(5, ChronoUnit.MINUTES),
				new Observation(car, Map.of("count", 5.0, "avg_speed_kmh", 30.0)), null));
		readings.add(reading(COUNTER, SensorKind.TRAFFIC, "road", hour.plus(25, ChronoUnit.MINUTES),
				new Observation(car, Map.of("count", 7.0, "avg_speed_kmh", 40.0)), null));
		Map<String, String> in = Map.of(Dims.DIRECTION, "in");
		readings.add(reading(GATE, SensorKind.PEOPLE, "park", hour.plus(10, ChronoUnit.MINUTES),
				new Observation(in, Map.of("count", 3.0, "total", 100.0)), null));
		readings.add(reading(GATE, SensorKind.PEOPLE, "park", hour.plus(20, ChronoUnit.MINUTES),
				new Observation(in, Map.of("count", 4.0, "total", 130.0)), null));
		readings.add(reading(AIR, SensorKind.ENVIRONMENT, "park", hour.plus(1, ChronoUnit.MINUTES),
				Observation.of(Map.of("co2_ppm", 400.0)), null));
		readings.add(reading(AIR, SensorKind.ENVIRONMENT, "park", hour.plus(31, ChronoUnit.MINUTES),
				Observation.of(Map.of("co2_ppm", 600.0)), null));
		readings.add(reading(BIN, SensorKind.BIN, "P2", hour.plus(2, ChronoUnit.MINUTES),
				Observation.of(Map.of("tilted", 0.0, "fill_level_pct", 20.0, "battery_pct", 90.0)), null));
		readings.add(reading(BIN, SensorKind.BIN, "P2", hour.plus(32, ChronoUnit.MINUTES),
				Observation.of(Map.of("tilted", 1.0, "fill_level_pct", 40.0, "battery_pct", 80.0)), null));
		return readings;
	}

	private static Reading reading(String sensor, SensorKind kind, String zone, Instant time, Observation observation,
			LinkQuality link) {
		return new Reading("u-" + sensor + "-" + time.toEpochMilli(), sensor, null, "test-model", kind, zone, time,
				List.of(observation), link);
	}

	private void write(InfluxServer influx, String database, List<Reading> readings) {
		StringBuilder lines = new StringBuilder();
		readings
			.forEach((reading) -> this.mapper.map(reading).lines().forEach((line) -> lines.append(line).append('\n')));
		influx.write(database, lines.toString());
	}

	private DatabaseSetup setup(InfluxServer influx, String database, Map<String, String> overrides) {
		InfluxProperties properties = TestInflux.properties(influx.url(), database, overrides);
		InfluxDB client = TestInflux.client(properties);
		this.clients.add(client);
		return new DatabaseSetup(client, properties);
	}

	private static Map<String, JsonNode> hourly(InfluxServer influx, String database, String measurement, String sensor,
			Instant hour) {
		JsonNode series = influx
			.query(database,
					"SELECT * FROM \"hourly\".\"" + measurement + "\" WHERE sensor_id = '" + sensor + "' AND time = '"
							+ hour + "'")
			.path("results")
			.path(0)
			.path("series")
			.path(0);
		assertThat(series.path("values").size()).as(measurement + " rows").isEqualTo(1);
		Map<String, JsonNode> row = new HashMap<>();
		for (int i = 0; i < series.path("columns").size(); i++) {
			row.put(series.path("columns").get(i).asString(), series.path("values").get(0).get(i));
		}
		return row;
	}

	private static void sleep() {
		try {
			TimeUnit.MILLISECONDS.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
