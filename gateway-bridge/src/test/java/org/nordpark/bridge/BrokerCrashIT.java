package org.nordpark.bridge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.bridge.BrokerRestartIT.ReadingObserver;
import org.nordpark.bridge.BrokerRestartIT.RetryingPublisher;
import org.nordpark.testsupport.AppProcess;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.TcpRelay;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mosquitto crashes (SIGKILL) while the bridge's publishes of readings (in batches) wait
 * for their PUBACK. The broker acknowledged the uplinks from memory and saved nothing
 * since, so after its restart it delivers none of them again: the bridge must republish,
 * on its next connection, every reading whose publish was not acknowledged. The bridge
 * talks to the broker through a relay that holds the bridge's bytes, so the readings of
 * all the uplinks are cut off on every run, not only those of the last millisecond.
 */
class BrokerCrashIT {

	private static final int EVENTS = 100;

	private static final String PREFIX = "crash";

	/** The test site's parking sensor (Bosch TPS110: 1-byte status frames on fPort 1). */
	private static final String DEVICE = "70b3d5e75e00a001";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** No autosave during the test: what the broker took after its last save is lost. */
	private static MosquittoServer broker;

	private static TcpRelay relay;

	@BeforeAll
	static void startBroker() {
		broker = MosquittoServer.builder().config("autosave_interval 3600").build();
		broker.start();
		relay = TcpRelay.to(broker.port());
	}

	@AfterAll
	static void stopBroker() {
		if (relay != null) {
			relay.close();
		}
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void republishesEveryReadingWhosePublishTheCrashCutOff() throws Exception {
		List<String> uplinkIds = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			uplinkIds.add(UUID.randomUUID().toString());
		}
		try (ReadingObserver observer = new ReadingObserver(broker.uri()); AppProcess bridge = bridge().start()) {
			await(() -> "UP".equals(health(bridge).at("/components/mqtt/status").asString("")), "MQTT connection",
					bridge);
			// a graceful restart saves both sessions and their subscriptions: the crash
			// loses only what came after
			broker.restart();
			await(() -> health(bridge).at("/components/mqtt/details/reconnects").asLong() == 1
					&& "UP".equals(health(bridge).at("/components/mqtt/status").asString("")), "reconnect", bridge);

			relay.holdUpstream();
			try (RetryingPublisher chirpstack = new RetryingPublisher(broker.uri())) {
				for (int i = 0; i < EVENTS; i++) {
					chirpstack.publish(ChirpStackUplinks.topic(PREFIX, DEVICE, "up"),
							ChirpStackUplinks.json(uplinkIds.get(i), DEVICE, 1, (i % 2 == 0) ? "01" : "00"));
				}
			}
			await(() -> received(bridge) >= EVENTS, () -> "the bridge to receive every uplink", bridge);
			awaitHeldBytesSettle();
			assertThat(observer.uplinkIds()).as("readings that got past the relay").isEmpty();

			broker.kill();
			// the readings travel in batches: every uplink stays in hand while the batch
			// holding its reading waits for the next connection
			await(() -> health(bridge).at("/components/mqtt/details/publisher/pending").asLong() >= 1
					&& health(bridge).at("/components/mqtt/details/held").asLong() == EVENTS,
					"every cut-off batch waiting for the next connection, every uplink in hand", bridge);
			broker.start();
			relay.releaseUpstream();

			await(() -> observer.uplinkIds().containsAll(uplinkIds), () -> "a reading of every uplink the bridge held ("
					+ observer.uplinkIds().size() + " of " + EVENTS + ")", bridge);
			assertThat(observer.uplinkIds()).containsAll(uplinkIds);
		}
	}

	/** Until the bridge's bytes held by the relay stop growing for half a second. */
	private static void awaitHeldBytesSettle() throws InterruptedException {
		long last = -1;
		while (relay.heldBytes() != last) {
			last = relay.heldBytes();
			Thread.sleep(500);
		}
	}

	private static long received(AppProcess bridge) {
		JsonNode metric = JSON.readTree(bridge.get("/actuator/metrics/nordpark.bridge.events.received"));
		return metric.at("/measurements/0/value").asLong();
	}

	private static AppProcess bridge() {
		return new AppProcess(BridgeApplication.class.getName(),
				Map.of("nordpark.mqtt.shared-group", "", "nordpark.mqtt.broker-uri", relay.uri(),
						"nordpark.mqtt.client-id", "crash-test-bridge", "nordpark.mqtt.reconnect-delay", "1s",
						"nordpark.bridge.topic-filter", PREFIX + "/application/+/device/+/event/+",
						"nordpark.catalog.manifest",
						Path.of("src/test/resources/site/bridge-site.yaml").toAbsolutePath().toString()),
				List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
	}

	private static JsonNode health(AppProcess app) {
		return JSON.readTree(app.get("/actuator/health"));
	}

	private static void await(BooleanSupplier condition, String what, AppProcess app) {
		await(condition, () -> what, app);
	}

	private static void await(BooleanSupplier condition, Supplier<String> what, AppProcess app) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!safely(condition)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting for " + what.get() + "\nbridge:\n" + app.logTail()
						+ "\nbroker:\n" + broker.logTail());
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

	private static boolean safely(BooleanSupplier condition) {
		try {
			return condition.getAsBoolean();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
