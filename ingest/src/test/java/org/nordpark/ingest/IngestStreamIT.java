package org.nordpark.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.model.DeadLetter;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Reading;
import org.nordpark.model.ReadingBatch;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.InfluxExtension;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoExtension;
import org.nordpark.testsupport.MqttRecorder;
import org.nordpark.testsupport.UniqueNames;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service against a real broker and database: a known stream becomes exactly
 * the expected points, bad messages go to the dead-letter topic, redelivery adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ExtendWith({ MosquittoExtension.class, InfluxExtension.class })
class IngestStreamIT {

	private static final String PREFIX = UniqueNames.next("t") + "/";

	private static final String DATABASE = UniqueNames.next("db");

	private static final String CLIENT_ID = UniqueNames.next("ingest");

	private static final Instant T0 = Instant.now()
		.truncatedTo(ChronoUnit.HOURS)
		.minus(1, ChronoUnit.DAYS)
		.plusNanos(1);

	private static MqttRecorder publisher;

	private static MqttRecorder deadLetters;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private ApplicationContext context;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("nordpark.mqtt.broker-uri", () -> MosquittoExtension.server().uri());
		registry.add("nordpark.mqtt.client-id", () -> CLIENT_ID);
		registry.add("nordpark.ingest.topic-prefix", () -> PREFIX);
		registry.add("nordpark.influx.url", () -> InfluxExtension.server().url());
		registry.add("nordpark.influx.database", () -> DATABASE);
		registry.add("nordpark.influx.batch-max-age", () -> "100ms");
		registry.add("nordpark.influx.batch-size", () -> "200");
	}

	@BeforeAll
	static void connect() {
		publisher = MqttRecorder.connect(MosquittoExtension.server().uri());
		deadLetters = MqttRecorder.connect(MosquittoExtension.server().uri())
			.subscribe(PREFIX + Topics.DEAD_LETTERS_ALL);
	}

	@BeforeEach
	void awaitSubscription() {
		// a new session receives only what is published after its subscription
		HealthIndicator mqtt = this.context.getBean("mqttHealthIndicator", HealthIndicator.class);
		await(() -> mqtt.health().getStatus().equals(Status.UP) ? 1 : 0, 1);
	}

	@AfterAll
	static void disconnect() {
		publisher.close();
		deadLetters.close();
	}

	@Test
	void storesEveryReadingOfAKnownStreamAsExactlyTheExpectedPoints(InfluxServer influx) {
		List<Reading> stream = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			stream.add(TestReadings.parking(TestReadings.sensor(1 + i % 10), T0.plusSeconds(i), i % 2, i));
		}
		for (int i = 0; i < 60; i++) {
			stream.add(TestReadings.traffic(TestReadings.sensor(20 + i % 3), T0.plusSeconds(i), i, i % 4, i));
		}
		stream.forEach((reading) -> TestReadings.publish(publisher, PREFIX, reading));

		awaitPoints(influx, "parking", "sensor_id =~ /^70b3d5e75e00000/ OR sensor_id = '70b3d5e75e00000a'", 200);
		awaitPoints(influx, "traffic", "sensor_id =~ /^70b3d5e75e00001/", 120);
		assertThat(count(influx, "traffic", "sensor_id =~ /^70b3d5e75e00001/")).isEqualTo(120);
		assertThat(count(influx, "device", "sensor_id =~ /^70b3d5e75e00001/")).isEqualTo(60);
		assertThat(count(influx, "link", "sensor_id =~ /^70b3d5e75e0000(0|1)/")).isEqualTo(260);
		assertThat(count(influx, "parking", "sensor_id =~ /^70b3d5e75e00000/ OR sensor_id = '70b3d5e75e00000a'"))
			.isEqualTo(200);

		// one reading in full: tags, integer and float fields, nanosecond time
		List<JsonNode> rows = influx.rows(DATABASE, "SELECT * FROM \"raw\".\"traffic\" WHERE sensor_id = '"
				+ TestReadings.sensor(21) + "' AND time = '" + T0.plusSeconds(7) + "'");
		assertThat(rows).hasSize(2);
		Map<String, JsonNode> car = row(influx, "traffic", "sensor_id = '" + TestReadings.sensor(21) + "' AND time = '"
				+ T0.plusSeconds(7) + "' AND class = 'car'");
		assertThat(Instant.parse(car.get("time").asString())).isEqualTo(T0.plusSeconds(7));
		assertThat(car.get("count").asLong()).isEqualTo(7);
		assertThat(car.get("avg_speed_kmh").asDouble()).isEqualTo(37.0);
		assertThat(car.get("direction").asString()).isEqualTo("in");
		assertThat(car.get("zone").asString()).isEqualTo("road-1");
		Map<String, JsonNode> link = row(influx, "link",
				"sensor_id = '" + TestReadings.sensor(21) + "' AND time = '" + T0.plusSeconds(7) + "'");
		assertThat(link.get("f_cnt").asLong()).isEqualTo(7);
		assertThat(link.get("rssi_dbm").asDouble()).isEqualTo(-100.0);
		Map<String, JsonNode> device = row(influx, "device",
				"sensor_id = '" + TestReadings.sensor(21) + "' AND time = '" + T0.plusSeconds(7) + "'");
		assertThat(device.get("model").asString()).isEqualTo("parametric-tcr");
		assertThat(device.get("battery_pct").asDouble()).isEqualTo(90.0);

		// field types are exactly the schema's
		for (InfluxSchema.Measurement measurement : List.of(InfluxSchema.PARKING, InfluxSchema.TRAFFIC,
				InfluxSchema.LINK, InfluxSchema.DEVICE)) {
			influx.rows(DATABASE, "SHOW FIELD KEYS FROM \"" + measurement.name() + "\"").forEach((field) -> {
				InfluxSchema.FieldType expected = measurement.fields().get(field.get(0).asString());
				assertThat(field.get(1).asString()).as(measurement.name() + "." + field.get(0).asString())
					.isEqualTo((expected == InfluxSchema.FieldType.INTEGER) ? "integer" : "float");
			});
		}
	}

	@Test
	void deadLettersBadReadingsWithTheReasonAndGoesOn(InfluxServer influx) {
		String good = TestReadings.sensor(100);
		String topic = PREFIX + Topics.READING_BATCHES;
		String valid = new String(TestReadings.json(TestReadings.parking(good, T0, 1, 1)), StandardCharsets.UTF_8);
		int before = deadLetters.received().size();
		TestReadings.publish(publisher, topic, "not json".getBytes(StandardCharsets.UTF_8));
		TestReadings.publish(publisher, topic,
				valid.replace("\"parking\"", "\"submarine\"").getBytes(StandardCharsets.UTF_8));
		publisher.publish(topic,
				valid.replace("\"occupied\":1", "\"occupied\":\"NaN\"").getBytes(StandardCharsets.UTF_8));
		TestReadings.publish(publisher, topic,
				valid.replace("\"occupied\":1", "\"co2_ppm\":400").getBytes(StandardCharsets.UTF_8));
		TestReadings.publish(publisher, topic,
				valid.replace("\"occupied\":1", "\"occupied\":0.5").getBytes(StandardCharsets.UTF_8));
		TestReadings.publish(publisher, topic, TestReadings.json(TestReadings.parking(good, T0.plusSeconds(1), 0, 2)));

		List<DeadLetter> letters = deadLetters.awaitCount(before + 5)
			.subList(before, before + 5)
			.stream()
			.map((received) -> ModelJson.readDeadLetter(received.payload()))
			.toList();
		assertThat(letters).allSatisfy((letter) -> {
			assertThat(letter.stage()).isEqualTo("ingest");
			assertThat(letter.topic()).isEqualTo(topic);
		});
		assertThat(letters).map(DeadLetter::reason)
			.satisfiesExactly((reason) -> assertThat(reason).startsWith("invalid reading"),
					(reason) -> assertThat(reason).contains("unknown sensor kind 'submarine'"),
					(reason) -> assertThat(reason).startsWith("invalid reading"),
					(reason) -> assertThat(reason).contains("field 'co2_ppm' is not in the schema"),
					(reason) -> assertThat(reason).contains("must be a whole number"));
		assertThat(new String(letters.get(0).payload(), StandardCharsets.UTF_8)).isEqualTo("not json");
		awaitPoints(influx, "parking", "sensor_id = '" + good + "'", 1);
		assertThat(this.meters.counter("nordpark.ingest.deadletters", "reason", "invalid").count())
			.isGreaterThanOrEqualTo(3);
		assertThat(this.meters.counter("nordpark.ingest.deadletters", "reason", "unmappable").count())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void writesEveryReadingOfABatchAndDeadLettersABadLineAlone(InfluxServer influx) {
		List<String> sensors = List.of(TestReadings.sensor(300), TestReadings.sensor(301), TestReadings.sensor(302));
		ReadingBatch batch = new ReadingBatch(1024);
		batch.add(TestReadings.json(TestReadings.parking(sensors.get(0), T0, 1, 1)));
		batch.add("{\"schema\":1,\"uplinkId\":\"half a reading\"}".getBytes(StandardCharsets.UTF_8));
		batch.add(TestReadings.json(TestReadings.parking(sensors.get(1), T0, 0, 1)));
		batch.add(TestReadings.json(TestReadings.parking(sensors.get(2), T0, 1, 1)));
		int before = deadLetters.received().size();
		String topic = PREFIX + Topics.READING_BATCHES;
		TestReadings.publish(publisher, topic, batch.toByteArray());
		TestReadings.publish(publisher, topic, "\n\n".getBytes(StandardCharsets.UTF_8));

		for (String sensor : sensors) {
			awaitPoints(influx, "parking", "sensor_id = '" + sensor + "'", 1);
		}
		List<DeadLetter> letters = deadLetters.awaitCount(before + 2)
			.subList(before, before + 2)
			.stream()
			.map((received) -> ModelJson.readDeadLetter(received.payload()))
			.toList();
		assertThat(letters).extracting(DeadLetter::reason)
			.containsOnlyOnce("empty batch: no reading in the message")
			.anySatisfy((reason) -> assertThat(reason).startsWith("invalid reading: ").contains("sensorId"));
		assertThat(letters).filteredOn((letter) -> letter.reason().startsWith("invalid reading"))
			.singleElement()
			.satisfies((letter) -> assertThat(new String(letter.payload(), StandardCharsets.UTF_8))
				.isEqualTo("{\"schema\":1,\"uplinkId\":\"half a reading\"}"));
	}

	@Test
	void rewritesTheSamePointsWhenTheSameReadingsComeTwice(InfluxServer influx) {
		List<Reading> stream = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			stream.add(TestReadings.parking(TestReadings.sensor(200 + i % 5), T0.plusSeconds(i), 1, i));
		}
		String where = "sensor_id =~ /^70b3d5e75e0000c/";
		double before = readingsWritten();
		stream.forEach((reading) -> TestReadings.publish(publisher, PREFIX, reading));
		awaitPoints(influx, "parking", where, 100);
		// points are queryable a moment before ingest has counted its write
		await(() -> (long) (readingsWritten() - before), 100);
		double written = readingsWritten();

		stream.forEach((reading) -> TestReadings.publish(publisher, PREFIX, reading));
		await(() -> (long) (readingsWritten() - written), 100);

		assertThat(count(influx, "parking", where)).isEqualTo(100);
		assertThat(count(influx, "link", where)).isEqualTo(100);
	}

	private double readingsWritten() {
		return this.meters.counter("nordpark.ingest.readings.written").count();
	}

	static long count(InfluxServer influx, String measurement, String where) {
		return influx.rows(DATABASE, "SELECT count(*) FROM \"raw\".\"" + measurement + "\" WHERE " + where)
			.stream()
			.findFirst()
			.map((row) -> {
				long max = 0;
				for (int i = 1; i < row.size(); i++) {
					max = Math.max(max, row.get(i).asLong(0));
				}
				return max;
			})
			.orElse(0L);
	}

	static void awaitPoints(InfluxServer influx, String measurement, String where, long expected) {
		await(() -> count(influx, measurement, where), expected);
	}

	static void await(LongSupplier actual, long expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		long value = actual.getAsLong();
		while (value < expected && System.nanoTime() < deadline) {
			sleep(50);
			value = actual.getAsLong();
		}
		assertThat(value).isEqualTo(expected);
	}

	private static Map<String, JsonNode> row(InfluxServer influx, String measurement, String where) {
		JsonNode series = influx.query(DATABASE, "SELECT * FROM \"raw\".\"" + measurement + "\" WHERE " + where)
			.path("results")
			.path(0)
			.path("series")
			.path(0);
		assertThat(series.path("values").size()).isEqualTo(1);
		Map<String, JsonNode> row = new java.util.HashMap<>();
		for (int i = 0; i < series.path("columns").size(); i++) {
			row.put(series.path("columns").get(i).asString(), series.path("values").get(0).get(i));
		}
		return row;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
