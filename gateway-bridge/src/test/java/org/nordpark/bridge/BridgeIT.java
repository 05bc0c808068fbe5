package org.nordpark.bridge;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.DeadLetter;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.LinkQuality;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Observation;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.MosquittoExtension;
import org.nordpark.testsupport.MqttRecorder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bridge against a real Mosquitto: ChirpStack-shaped JSON and protobuf uplinks for
 * every model in, the exact normalized readings out; bad input to the dead-letter topic
 * while the stream goes on; the catalog retained.
 */
@ExtendWith(MosquittoExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BridgeIT {

	private static final String PREFIX = MosquittoExtension.server().newTopicPrefix();

	private static final Instant TIME = Instant.parse("2025-11-20T08:15:42.918213402Z");

	private static final LinkQuality LINK = new LinkQuality(-101, 3.5, 1, 9, 77L);

	private static MqttRecorder recorder;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("nordpark.mqtt.broker-uri", () -> MosquittoExtension.server().uri());
		registry.add("nordpark.mqtt.client-id", () -> PREFIX + "-bridge");
		registry.add("nordpark.bridge.per-sensor-topics", () -> "live");
		registry.add("nordpark.bridge.topic-filter", () -> PREFIX + "/application/+/device/+/event/+");
		registry.add("nordpark.catalog.manifest", () -> Path.of("src/test/resources/site/bridge-site.yaml").toString());
	}

	@Autowired
	private ApplicationContext context;

	/**
	 * The bridge's health is UP once its subscription is confirmed (catalog entries alone
	 * do not show it: retained ones of an earlier test class arrive at once).
	 */
	@BeforeEach
	void awaitSubscribed() {
		HealthIndicator mqtt = this.context.getBean("mqttHealthIndicator", HealthIndicator.class);
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
		while (!Status.UP.equals(mqtt.health().getStatus())) {
			assertThat(System.nanoTime()).as("bridge subscribed within 60 s").isLessThan(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	@BeforeAll
	static void connect() {
		// runs before the application starts: the bridge is awaited in awaitSubscribed
		recorder = MqttRecorder.connect(MosquittoExtension.server().uri())
			.subscribe(Topics.READING_BATCHES)
			.subscribe(Topics.READINGS_ALL)
			.subscribe(Topics.DEAD_LETTERS_ALL)
			.subscribe(Topics.SENSORS_ALL);
	}

	@AfterAll
	static void close() {
		recorder.close();
	}

	/** In batches (the at-least-once feed) and each on its own topic (live, QoS 0). */
	@Test
	void publishesTheExactReadingOfEveryModelFromJsonAndProtobufUplinks() {
		List<Case> cases = cases();
		Map<String, Reading> expected = new java.util.HashMap<>();
		for (Case c : cases) {
			String jsonId = UUID.randomUUID().toString();
			String protobufId = UUID.randomUUID().toString();
			recorder.publish(ChirpStackUplinks.topic(PREFIX, c.devEui(), "up"),
					ChirpStackUplinks.json(jsonId, c.devEui(), c.fPort(), c.hex()));
			recorder.publish(ChirpStackUplinks.topic(PREFIX, c.devEui(), "up"),
					ChirpStackUplinks.protobuf(protobufId, c.devEui(), c.fPort(), c.hex()));
			expected.put(jsonId, c.reading(jsonId));
			expected.put(protobufId, c.reading(protobufId));
		}
		Map<String, Reading> batched = recorder
			.awaitLines(Topics.READING_BATCHES, expected.size(),
					(line) -> expected.containsKey(ModelJson.readReading(line).uplinkId()))
			.stream()
			.map(ModelJson::readReading)
			.collect(Collectors.toMap(Reading::uplinkId, Function.identity(), (a, b) -> a));
		assertThat(batched).isEqualTo(expected);
		Map<String, Reading> received = recorder
			.awaitCount(expected.size(),
					(m) -> m.topic().startsWith("nordpark/v1/readings/")
							&& expected.containsKey(ModelJson.readReading(m.payload()).uplinkId()))
			.stream()
			.map((m) -> {
				Reading reading = ModelJson.readReading(m.payload());
				assertThat(m.topic()).isEqualTo(Topics.readings(reading.kind(), reading.sensorId()));
				return reading;
			})
			.collect(Collectors.toMap(Reading::uplinkId, Function.identity(), (a, b) -> a));
		assertThat(received).isEqualTo(expected);
	}

	@Test
	void deadLettersBadInputAndKeepsTheStreamFlowing() {
		String good = UUID.randomUUID().toString();
		String unknownDevice = "00000000000000ff";
		List<byte[]> bad = List.of("{\"deduplicationId\": ".getBytes(), new byte[] { 0x0a, (byte) 0xff, 0x01 },
				ChirpStackUplinks.json(UUID.randomUUID().toString(), unknownDevice, 1, "01"),
				ChirpStackUplinks.json(UUID.randomUUID().toString(), "70b3d5e75e00a001", 1, "0100"),
				ChirpStackUplinks.protobuf(UUID.randomUUID().toString(), "a81758fffe00a004", 5, "0296"));
		List<String> topics = List.of(ChirpStackUplinks.topic(PREFIX, "70b3d5e75e00a001", "up"),
				ChirpStackUplinks.topic(PREFIX, "70b3d5e75e00a001", "up"),
				ChirpStackUplinks.topic(PREFIX, unknownDevice, "up"),
				ChirpStackUplinks.topic(PREFIX, "70b3d5e75e00a001", "up"),
				ChirpStackUplinks.topic(PREFIX, "a81758fffe00a004", "up"));
		for (int i = 0; i < bad.size(); i++) {
			recorder.publish(topics.get(i), bad.get(i));
		}
		recorder.publish(ChirpStackUplinks.topic(PREFIX, "70b3d5e75e00a001", "up"),
				ChirpStackUplinks.json(good, "70b3d5e75e00a001", 1, "01"));

		recorder.awaitLines(Topics.READING_BATCHES, 1, (line) -> ModelJson.readReading(line).uplinkId().equals(good));
		List<DeadLetter> letters = recorder
			.awaitCount(bad.size(),
					(m) -> m.topic().equals(Topics.deadLetter("bridge"))
							&& topics.contains(ModelJson.readDeadLetter(m.payload()).topic()))
			.stream()
			.map((m) -> ModelJson.readDeadLetter(m.payload()))
			.toList();
		assertThat(letters).extracting(DeadLetter::stage).containsOnly("bridge");
		assertThat(letters).extracting(DeadLetter::reason)
			.anySatisfy((r) -> assertThat(r).startsWith("invalid JSON up event: "))
			.anySatisfy((r) -> assertThat(r).startsWith("invalid protobuf up event: "))
			.anySatisfy((r) -> assertThat(r).startsWith("unknown device 00000000000000ff: not in the catalog"))
			.anySatisfy((r) -> assertThat(r)
				.isEqualTo("cannot decode bosch-tps110 fPort 1: TPS110 status frame must be 1 bytes, got 2 (0100)"))
			.anySatisfy((r) -> assertThat(r).isEqualTo(
					"cannot decode elsys-ers fPort 5: impossible value relative_humidity_pct=150.0 (expected 0 to 100)"));
		assertThat(letters).extracting((l) -> Base64.getEncoder().encodeToString(l.payload()))
			.containsExactlyInAnyOrderElementsOf(bad.stream().map(Base64.getEncoder()::encodeToString).toList());
	}

	@Test
	void publishesTheCatalogRetained() {
		List<CatalogEntry> entries = recorder
			.awaitCount(9, (m) -> m.topic().startsWith("nordpark/v1/sensors/") && m.topic().contains("a00"))
			.stream()
			.map((m) -> ModelJson.readCatalogEntry(m.payload()))
			.toList();
		assertThat(entries).extracting(CatalogEntry::sensorId).contains("70b3d5e75e00a002", "24e124713b00a009");
		try (MqttRecorder late = MqttRecorder.connect(MosquittoExtension.server().uri())) {
			late.subscribe(Topics.sensor("70b3d5e75e00a002"));
			assertThat(late.awaitCount(1).get(0).retained()).isTrue();
		}
	}

	private static List<Case> cases() {
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("70b3d5e75e00a001", "P1 bay 001", "bosch-tps110", SensorKind.PARKING, "P1", 1, "01",
				List.of(Observation.of(Map.of(InfluxSchema.OCCUPIED, 1.0)))));
		cases.add(new Case("70b3d5e75e00a002", "HWA traffic", "parametric-tcr", SensorKind.TRAFFIC, "park", 16,
				"A2140A00051E00031924",
				List.of(new Observation(Map.of(Dims.CLASS, "car", Dims.DIRECTION, "inbound"),
						Map.of(InfluxSchema.COUNT, 5.0, InfluxSchema.AVG_SPEED_KMH, 30.0)),
						new Observation(Map.of(Dims.CLASS, "car", Dims.DIRECTION, "outbound"),
								Map.of(InfluxSchema.COUNT, 3.0, InfluxSchema.AVG_SPEED_KMH, 25.0)),
						Observation.of(Map.of(InfluxSchema.BATTERY_V, 3.6)))));
		cases.add(new Case("70b3d5e75e00a003", "Park gate", "parametric-pcr2", SensorKind.PEOPLE, "park", 14,
				"BE0104 0001 0000 0010 0020 0FA0 0000 00D2",
				List.of(new Observation(Map.of(Dims.DIRECTION, "into-park"),
						Map.of(InfluxSchema.COUNT, 1.0, InfluxSchema.TOTAL, 16.0)),
						new Observation(Map.of(Dims.DIRECTION, "out-of-park"),
								Map.of(InfluxSchema.COUNT, 0.0, InfluxSchema.TOTAL, 32.0)),
						Observation.of(Map.of(InfluxSchema.BATTERY_V, 4.0, InfluxSchema.SOLAR_POWER_MW, 0.0,
								InfluxSchema.DEVICE_TEMPERATURE_C, 21.0)))));
		cases.add(new Case("a81758fffe00a004", "P1 climate", "elsys-ers", SensorKind.ENVIRONMENT, "P1", 5,
				"0100E2 0229 0601B8 070E4C",
				List.of(Observation.of(Map.of(InfluxSchema.TEMPERATURE_C, 22.6, InfluxSchema.RELATIVE_HUMIDITY_PCT,
						41.0, InfluxSchema.CO2_PPM, 440.0, InfluxSchema.BATTERY_V, 3.66)))));
		cases.add(new Case("a81758fffe00a005", "Park sound", "elsys-ers", SensorKind.NOISE, "park", 5, "0100E2 154B37",
				// an ERS Sound keeps its temperature next to its sound (schema 2)
				List.of(new Observation(Map.of(Dims.WEIGHTING, "A"),
						Map.of(InfluxSchema.MAX_DB, 75.0, InfluxSchema.LEQ_DB, 55.0)),
						new Observation(SensorKind.ENVIRONMENT, Map.of(), Map.of(InfluxSchema.TEMPERATURE_C, 22.6)))));
		cases.add(new Case("70b3d5e75e00a006", "P1 air quality", "decentlab-dl-pm", SensorKind.ENVIRONMENT, "P1", 1,
				"02 1B50 0009 0C25 BD10",
				List.of(Observation.of(Map.of(InfluxSchema.BATTERY_V, 3.109, InfluxSchema.PRESSURE_HPA, 968.0)))));
		cases.add(new Case("24e124126b00a007", "Stadium noise", "milesight-ws302", SensorKind.NOISE, "park", 85,
				"055B05 5802 2602 BC02", List.of(new Observation(Map.of(Dims.WEIGHTING, "A"),
						Map.of(InfluxSchema.L_DB, 60.0, InfluxSchema.LEQ_DB, 55.0, InfluxSchema.MAX_DB, 70.0)))));
		cases.add(new Case("24e124136b00a008", "P1 CO2", "milesight-em500-co2", SensorKind.ENVIRONMENT, "P1", 85,
				"01755C 057D2A04",
				List.of(Observation.of(Map.of(InfluxSchema.BATTERY_PCT, 92.0, InfluxSchema.CO2_PPM, 1066.0)))));
		cases.add(new Case("24e124713b00a009", "Park bin 1", "milesight-em400-mud", SensorKind.BIN, "park", 85,
				"04822003 050000", List.of(Observation.of(Map.of(InfluxSchema.DISTANCE_MM, 800.0, InfluxSchema.TILTED,
						0.0, InfluxSchema.FILL_LEVEL_PCT, 62.5)))));
		cases.add(
				new Case("70b3d5e75e00a001", "P1 bay 001", "bosch-tps110", SensorKind.PARKING, "P1", 0, "", List.of()));
		return cases;
	}

	private record Case(String devEui, String name, String model, SensorKind kind, String zone, int fPort, String hex,
			List<Observation> observations) {

		Reading reading(String uplinkId) {
			return new Reading(uplinkId, this.devEui, this.name, this.model, this.kind, this.zone, TIME,
					this.observations, LINK);
		}

	}

}
