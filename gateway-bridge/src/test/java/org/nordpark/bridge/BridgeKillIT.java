package org.nordpark.bridge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.AppProcess;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the bridge between receiving an uplink and getting its reading acknowledged, and
 * shows the uplink is delivered again to the restarted bridge. The first bridge logs in
 * as a user the broker does not allow to publish readings, so it holds the uplink
 * unacknowledged until it is killed; the second is allowed, under the same client id (the
 * same persistent session).
 */
class BridgeKillIT {

	private static final String ACL = """
			user chirpstack
			topic write kill/application/#

			user muted
			topic read kill/application/#
			topic write nordpark/v1/sensors/#
			topic write nordpark/v1/deadletter/#

			user batches
			topic read kill/application/#
			topic write nordpark/v1/batches/readings
			topic write nordpark/v1/sensors/#
			topic write nordpark/v1/deadletter/#

			user bridge
			topic readwrite #

			user observer
			topic read #
			""";

	private static MosquittoServer broker;

	@BeforeAll
	static void startBroker() {
		broker = MosquittoServer.builder()
			.user("chirpstack", "cs")
			.user("muted", "mu")
			.user("batches", "ba")
			.user("bridge", "br")
			.user("observer", "ob")
			.acl(ACL)
			.build();
		broker.start();
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@Test
	void redeliversTheUplinkToTheRestartedBridgeAfterAKill() {
		String uplinkId = UUID.randomUUID().toString();
		String devEui = "70b3d5e75e00a001";
		try (MqttRecorder observer = MqttRecorder.connect(broker.uri(), "observer", "ob", null);
				MqttRecorder chirpstack = MqttRecorder.connect(broker.uri(), "chirpstack", "cs", null)) {
			observer.subscribe(Topics.READING_BATCHES);
			try (AppProcess muted = bridge("muted", "mu").start()) {
				awaitConnected(muted);
				chirpstack.publish(ChirpStackUplinks.topic("kill", devEui, "up"),
						ChirpStackUplinks.json(uplinkId, devEui, 1, "01"));
				awaitReceived(muted);
				muted.kill();
			}
			assertThat(observer.received()).isEmpty();
			try (AppProcess bridge = bridge("bridge", "br").start()) {
				List<Reading> readings = observer.awaitLines(Topics.READING_BATCHES, 1, (line) -> true)
					.stream()
					.map(ModelJson::readReading)
					.toList();
				assertThat(readings).extracting(Reading::uplinkId).containsExactly(uplinkId);
				assertThat(readings.get(0).sensorId()).isEqualTo(devEui);
			}
		}
	}

	/**
	 * With {@code per-sensor-topics: at-least-once} an uplink is acknowledged only once
	 * its per-sensor message is with the broker too: the first bridge may publish batches
	 * but not per-sensor readings, so the uplink stays unacknowledged although its batch
	 * went out, and comes again to the bridge that may.
	 */
	@Test
	void acknowledgesAnUplinkOnlyOnceItsPerSensorReadingIsWithTheBrokerToo() {
		String uplinkId = UUID.randomUUID().toString();
		String devEui = "70b3d5e75e00a001";
		try (MqttRecorder observer = MqttRecorder.connect(broker.uri(), "observer", "ob", null);
				MqttRecorder chirpstack = MqttRecorder.connect(broker.uri(), "chirpstack", "cs", null)) {
			observer.subscribe(Topics.READING_BATCHES).subscribe(Topics.READINGS_ALL);
			try (AppProcess batchesOnly = bridge("batches", "ba", "", "at-least-once").start()) {
				awaitConnected(batchesOnly);
				chirpstack.publish(ChirpStackUplinks.topic("kill", devEui, "up"),
						ChirpStackUplinks.json(uplinkId, devEui, 1, "01"));
				observer.awaitLines(Topics.READING_BATCHES, 1,
						(line) -> ModelJson.readReading(line).uplinkId().equals(uplinkId));
				await(batchesOnly, () -> json(batchesOnly.get("/actuator/health")).at("/components/mqtt/details/held")
					.asInt() == 0, "the refused reading to leave the uplink unacknowledged");
				assertThat(
						json(batchesOnly.get("/actuator/health")).at("/components/mqtt/details/acknowledged").asLong())
					.isZero();
				batchesOnly.kill();
			}
			assertThat(observer.received()).noneMatch((m) -> m.topic().startsWith("nordpark/v1/readings/"));
			try (AppProcess bridge = bridge("bridge", "br", "", "at-least-once").start()) {
				Reading reading = ModelJson.readReading(
						observer.awaitCount(1, (m) -> m.topic().equals(Topics.readings(SensorKind.PARKING, devEui)))
							.get(0)
							.payload());
				assertThat(reading.uplinkId()).isEqualTo(uplinkId);
			}
		}
	}

	@Test
	void losesNothingWhenStoppedGracefullyUnderLoad() {
		List<String> uplinkIds = new java.util.ArrayList<>();
		try (MqttRecorder observer = MqttRecorder.connect(broker.uri(), "observer", "ob", null);
				MqttRecorder chirpstack = MqttRecorder.connect(broker.uri(), "chirpstack", "cs", null)) {
			observer.subscribe(Topics.READING_BATCHES);
			try (AppProcess first = bridge("bridge", "br").start()) {
				awaitConnected(first);
				for (int i = 0; i < 200; i++) {
					String uplinkId = UUID.randomUUID().toString();
					uplinkIds.add(uplinkId);
					chirpstack.publish(ChirpStackUplinks.topic("kill", "70b3d5e75e00a001", "up"),
							ChirpStackUplinks.json(uplinkId, "70b3d5e75e00a001", 1, (i % 2 == 0) ? "01" : "00"));
				}
				first.stop();
			}
			try (AppProcess second = bridge("bridge", "br").start()) {
				// at least once: a reading may arrive twice, but every uplink must arrive
				java.util.Set<String> seen = new java.util.HashSet<>();
				long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
				while (!seen.containsAll(uplinkIds) && System.nanoTime() < deadline) {
					observer.received()
						.forEach((m) -> m.lines().forEach((line) -> seen.add(ModelJson.readReading(line).uplinkId())));
					sleep(100);
				}
				assertThat(seen).containsAll(uplinkIds);
			}
		}
	}

	/**
	 * With a plain subscription the persistent session (and what the broker queued for
	 * it) survives a broker restart. Mosquitto does not restore shared subscriptions from
	 * its persistence file, so with a shared group events published after a broker
	 * restart and before the bridge resubscribed are dropped by the broker (see README).
	 */
	@Test
	void resumesAfterTheBrokerRestartsWithoutLosingQueuedEvents() {
		String uplinkId = UUID.randomUUID().toString();
		try (AppProcess bridge = bridge("bridge", "br", "").start()) {
			awaitConnected(bridge);
			broker.restart();
			try (MqttRecorder observer = MqttRecorder.connect(broker.uri(), "observer", "ob", null);
					MqttRecorder chirpstack = MqttRecorder.connect(broker.uri(), "chirpstack", "cs", null)) {
				observer.subscribe(Topics.READING_BATCHES);
				chirpstack.publish(ChirpStackUplinks.topic("kill", "70b3d5e75e00a001", "up"),
						ChirpStackUplinks.json(uplinkId, "70b3d5e75e00a001", 1, "01"));
				observer.awaitLines(Topics.READING_BATCHES, 1,
						(line) -> ModelJson.readReading(line).uplinkId().equals(uplinkId));
			}
		}
	}

	private static AppProcess bridge(String user, String password) {
		return bridge(user, password, "nordpark-bridge");
	}

	private static AppProcess bridge(String user, String password, String sharedGroup) {
		return bridge(user, password, sharedGroup, "off");
	}

	private static AppProcess bridge(String user, String password, String sharedGroup, String perSensorTopics) {
		return new AppProcess(BridgeApplication.class.getName(),
				Map.of("nordpark.bridge.per-sensor-topics", perSensorTopics, "nordpark.mqtt.shared-group", sharedGroup,
						"nordpark.mqtt.broker-uri", broker.uri(), "nordpark.mqtt.client-id", "kill-test-bridge",
						"nordpark.mqtt.username", user, "nordpark.mqtt.password", password,
						"nordpark.bridge.topic-filter", "kill/application/+/device/+/event/+",
						"nordpark.catalog.manifest",
						Path.of("src/test/resources/site/bridge-site.yaml").toAbsolutePath().toString()),
				List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
	}

	private static void awaitConnected(AppProcess app) {
		await(app, () -> "UP".equals(json(app.get("/actuator/health")).at("/components/mqtt/status").asString()),
				"MQTT connection");
	}

	private static void awaitReceived(AppProcess app) {
		await(app, () -> json(app.get("/actuator/metrics/nordpark.bridge.events.received")).at("/measurements/0/value")
			.asDouble() >= 1, "the uplink to arrive");
	}

	private static tools.jackson.databind.JsonNode json(String body) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static void await(AppProcess app, java.util.function.BooleanSupplier condition, String what) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + what + "\n" + app.get("/actuator/health") + "\n"
						+ app.get("/actuator/metrics/nordpark.bridge.events.received") + "\n" + app.logTail());
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
