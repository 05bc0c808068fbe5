package org.nordpark.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiApplication;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.Topics;
import org.nordpark.simulator.chirpstack.DeviceIdentity;
import org.nordpark.simulator.chirpstack.DeviceProfiles;
import org.nordpark.simulator.chirpstack.GatewaySite;
import org.nordpark.simulator.chirpstack.JsonEventWriter;
import org.nordpark.simulator.chirpstack.Reception;
import org.nordpark.simulator.chirpstack.UplinkEvent;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.testsupport.AppProcess;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sensor that measures several things keeps all of them, end to end: one Elsys ERS
 * Sound uplink, catalogued as {@code environment}, goes through the bridge and ingest and
 * ends as an {@code environment} point and a {@code noise} point, each field readable
 * through {@code /api/v1/sensors/{id}/series}.
 */
class MultiMeasurementIT {

	private static final Path SITE = Path.of("src/test/resources/site/multi-site.yaml").toAbsolutePath();

	private static final String SENSOR = "a81758fffe0a0001";

	private static final String DATABASE = "nordpark_multi";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static MosquittoServer broker;

	private static InfluxServer influx;

	private static final List<AppProcess> apps = new ArrayList<>();

	@BeforeAll
	static void start() {
		broker = MosquittoServer.builder().build();
		broker.start();
		influx = InfluxServer.startOpen();
	}

	@AfterAll
	static void stop() {
		apps.forEach(AppProcess::stop);
		if (influx != null) {
			influx.close();
		}
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void storesTheClimateAndTheNoiseOfAnErsSoundAndServesASeriesOfEachField() {
		AppProcess bridge = app(
				Services.bridge(broker.uri(), "multi-bridge", Map.of("nordpark.catalog.manifest", SITE.toString())));
		AppProcess ingest = app(Services.ingest(broker.uri(), "multi-ingest", influx.url(), DATABASE, Map.of()));
		AppProcess api = app(api());
		CompletableFuture
			.allOf(CompletableFuture.runAsync(bridge::start), CompletableFuture.runAsync(ingest::start),
					CompletableFuture.runAsync(api::start))
			.join();
		apps.forEach(Services::awaitMqttUp);

		Instant time = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
		// ERS Sound frame from TTN lorawan-devices vendor/elsys/ers-sound-codec.yaml with
		// a
		// real level instead of the example's 1 dB: 22.6 °C, 41 %, 39 lx, motion 6, peak
		// 75,
		// average 55 dB(A), VDD 3.66 V
		byte[] payload = HexFormat.of().parseHex("0100E20229040027050615 4B37 070E4C".replace(" ", ""));
		try (MqttRecorder deadLetters = MqttRecorder.connect(broker.uri());
				ChirpStackPublisher chirpstack = new ChirpStackPublisher(broker.uri())) {
			deadLetters.subscribe(Topics.DEAD_LETTERS_ALL);
			chirpstack.publish(uplink(time, payload));

			Map<String, Number> expected = new LinkedHashMap<>();
			expected.put(InfluxSchema.TEMPERATURE_C, 22.6);
			expected.put(InfluxSchema.RELATIVE_HUMIDITY_PCT, 41);
			expected.put(InfluxSchema.LIGHT_LUX, 39);
			expected.put(InfluxSchema.MOTION_COUNT, 6);
			expected.put(InfluxSchema.LEQ_DB, 55);
			expected.put(InfluxSchema.MAX_DB, 75);
			expected.put(InfluxSchema.BATTERY_V, 3.66);
			String range = "&from=" + time.minusSeconds(60) + "&to=" + time.plusSeconds(60) + "&every=1m";
			for (Map.Entry<String, Number> field : expected.entrySet()) {
				String path = "/api/v1/sensors/" + SENSOR + "/series?field=" + field.getKey() + range;
				Services.await(() -> !points(api.get(path)).isEmpty(), Duration.ofSeconds(60),
						() -> "a point of " + field.getKey() + ": " + api.get(path) + "\n" + ingest.logTail());
				JsonNode series = JSON.readTree(api.get(path)).at("/series/0");
				assertThat(series.at("/points/0/value").asDouble()).as(field.getKey())
					.isEqualTo(field.getValue().doubleValue());
				if (field.getKey().endsWith("_db")) {
					assertThat(series.at("/tags/weighting").asString()).isEqualTo("A");
				}
			}
			assertThat(influx.rows(DATABASE,
					"SELECT count(\"leq_db\") FROM \"noise\" WHERE \"sensor_id\" = '" + SENSOR + "'"))
				.singleElement()
				.satisfies((row) -> assertThat(row.get(1).asLong()).isEqualTo(1));
			// the primary kind still drives the API's kind filter
			assertThat(api.get("/api/v1/sensors?kind=environment")).contains(SENSOR);
			assertThat(api.get("/api/v1/sensors?kind=noise")).doesNotContain(SENSOR);
			assertThat(api.get("/api/v1/sensors/" + SENSOR)).contains("\"measurement\":\"noise\"")
				.contains("\"measurement\":\"environment\"");
			assertThat(deadLetters.received()).isEmpty();
		}
	}

	private static List<JsonNode> points(String body) {
		JsonNode series = JSON.readTree(body).at("/series");
		List<JsonNode> points = new ArrayList<>();
		series.forEach((one) -> one.at("/points").forEach(points::add));
		return points;
	}

	private static Uplinks.Message uplink(Instant time, byte[] payload) {
		UUID id = UUID.nameUUIDFromBytes(("multi:" + time).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		DeviceIdentity device = new DeviceIdentity(SENSOR, "Pavilion sound", DeviceProfiles.id("elsys-ers"),
				DeviceProfiles.name("elsys-ers"), "0123abff", Map.of("zone", "park"));
		GatewaySite gateway = new GatewaySite("0016c001f153a14c", "P1 mast", 51.1771, 6.3822, 70, false);
		Reception reception = new Reception(gateway, 2818349113L, -97, 6.5f, 2, 0, new byte[] { 1, 2, 3, 4 },
				time.minus(Duration.ofMillis(120)), null);
		UplinkEvent event = new UplinkEvent(id, time, device, 17, new Frame(5, payload), 9, 868_500_000L,
				List.of(reception));
		return new Uplinks.Message(Uplinks.TENANT.eventTopic(SENSOR, "up"),
				new JsonEventWriter(Uplinks.TENANT).up(event), id.toString());
	}

	private static AppProcess api() {
		Map<String, String> props = new LinkedHashMap<>();
		props.put("spring.config.location", Services.config("api"));
		props.put("nordpark.mqtt.broker-uri", broker.uri());
		props.put("nordpark.influx.url", influx.url());
		props.put("nordpark.influx.database", DATABASE);
		props.put("nordpark.api.site-manifest", SITE.toString());
		return new AppProcess(ApiApplication.class.getName(), props, Services.JVM);
	}

	private static AppProcess app(AppProcess app) {
		apps.add(app);
		return app;
	}

}
