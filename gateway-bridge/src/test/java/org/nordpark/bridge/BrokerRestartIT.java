package org.nordpark.bridge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.model.ModelJson;
import org.nordpark.model.ReadingBatch;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.AppProcess;
import org.nordpark.testsupport.MosquittoServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mosquitto stopped and started again (persistence on) while the bridge is busy: events
 * it holds unacknowledged, publishes of readings the broker never acknowledged, and the
 * events queued in its persistent session must all end as readings after the restart.
 * Counts every uplink id seen on the readings topic: each one must arrive.
 */
class BrokerRestartIT {

	private static final int EVENTS = 1500;

	private static final String PREFIX = "restart";

	/** The test site's parking sensor (Bosch TPS110: 1-byte status frames on fPort 1). */
	private static final String DEVICE = "70b3d5e75e00a001";

	private static MosquittoServer broker;

	@BeforeAll
	static void startBroker() {
		broker = MosquittoServer.builder().build();
		broker.start();
	}

	@AfterAll
	static void stopBroker() {
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void publishesAReadingForEveryUplinkWhenTheBrokerIsStoppedAndStartedMidStream() throws Exception {
		List<String> uplinkIds = new ArrayList<>();
		List<byte[]> events = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			String uplinkId = UUID.randomUUID().toString();
			uplinkIds.add(uplinkId);
			events.add((i % 2 == 0) ? ChirpStackUplinks.json(uplinkId, DEVICE, 1, "01")
					: ChirpStackUplinks.protobuf(uplinkId, DEVICE, 1, "00"));
		}
		try (ReadingObserver observer = new ReadingObserver(broker.uri());
				AppProcess bridge = bridge().start();
				RetryingPublisher chirpstack = new RetryingPublisher(broker.uri())) {
			awaitConnected(bridge);
			CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
				for (int i = 0; i < EVENTS; i++) {
					chirpstack.publish(ChirpStackUplinks.topic(PREFIX, DEVICE, "up"), events.get(i));
					pace(i);
				}
			});
			await(() -> chirpstack.published() >= EVENTS / 3, "a third of the events to be published", bridge);
			broker.stop();
			Thread.sleep(2000);
			broker.start();
			publishing.get(2, TimeUnit.MINUTES);
			await(() -> observer.uplinkIds().containsAll(uplinkIds),
					() -> "a reading of every uplink (" + observer.uplinkIds().size() + " of " + EVENTS + ")", bridge);
			assertThat(observer.uplinkIds()).containsAll(uplinkIds);
			// one reconnect, not a loop of them
			assertThat(health(bridge).at("/components/mqtt/details/reconnects").asLong()).isEqualTo(1);
		}
	}

	/**
	 * mosquitto 2.0.11 does not keep to the receive maximum: when a client comes back to
	 * a session with queued events, it sends the whole backlog at once. With 5 events
	 * announced and 300 held at most, the bridge must neither run out of memory nor shed:
	 * it stops reading the socket while it holds 300, so every uplink becomes a reading
	 * and is delivered exactly once (no redelivery, no reconnect). The backlog is built
	 * while the bridge is away, so the broker overshoots on every run.
	 */
	@Test
	void publishesAReadingForEveryUplinkOnceWhenTheBrokerSendsMoreThanTheReceiveMaximum() throws Exception {
		List<String> uplinkIds = new ArrayList<>();
		List<byte[]> events = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			String uplinkId = UUID.randomUUID().toString();
			uplinkIds.add(uplinkId);
			events.add(ChirpStackUplinks.json(uplinkId, DEVICE, 1, (i % 2 == 0) ? "01" : "00"));
		}
		Map<String, String> settings = new java.util.HashMap<>(bridgeSettings("overflow-test-bridge"));
		settings.put("nordpark.mqtt.receive-maximum", "5");
		settings.put("nordpark.mqtt.max-held", "300");
		settings.put("nordpark.mqtt.max-outgoing", "20");
		try (ReadingObserver observer = new ReadingObserver(broker.uri());
				RetryingPublisher chirpstack = new RetryingPublisher(broker.uri())) {
			// the first run makes the broker keep a session (and the subscription) for it
			try (AppProcess away = bridge(settings).start()) {
				awaitConnected(away);
			}
			for (int i = 0; i < EVENTS; i++) {
				chirpstack.publish(ChirpStackUplinks.topic(PREFIX, DEVICE, "up"), events.get(i));
			}
			try (AppProcess bridge = bridge(settings).start()) {
				await(() -> observer.uplinkIds().containsAll(uplinkIds),
						() -> "a reading of every uplink (" + observer.uplinkIds().size() + " of " + EVENTS + ")",
						bridge);
				assertThat(observer.uplinkIds()).containsAll(uplinkIds);
				tools.jackson.databind.JsonNode mqtt = health(bridge).at("/components/mqtt/details");
				assertThat(mqtt.at("/deliveries").asLong()).as("events delivered to the bridge").isEqualTo(EVENTS);
				assertThat(mqtt.at("/duplicates").asLong()).as("events delivered again").isZero();
				assertThat(mqtt.at("/reconnects").asLong()).isZero();
			}
		}
	}

	/** About 500 events a second. */
	private static void pace(int i) {
		if (i % 50 == 49) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static AppProcess bridge() {
		return bridge(bridgeSettings("restart-test-bridge"));
	}

	private static AppProcess bridge(Map<String, String> settings) {
		return new AppProcess(BridgeApplication.class.getName(), settings,
				List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
	}

	private static Map<String, String> bridgeSettings(String clientId) {
		return Map.of("nordpark.mqtt.shared-group", "", "nordpark.mqtt.broker-uri", broker.uri(),
				"nordpark.mqtt.client-id", clientId, "nordpark.mqtt.reconnect-delay", "1s",
				"nordpark.bridge.topic-filter", PREFIX + "/application/+/device/+/event/+", "nordpark.catalog.manifest",
				Path.of("src/test/resources/site/bridge-site.yaml").toAbsolutePath().toString());
	}

	private static void awaitConnected(AppProcess app) {
		await(() -> "UP".equals(health(app).at("/components/mqtt/status").asString("")), "MQTT connection", app);
	}

	private static tools.jackson.databind.JsonNode health(AppProcess app) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(app.get("/actuator/health"));
	}

	private static void await(java.util.function.BooleanSupplier condition, String what, AppProcess app) {
		await(condition, () -> what, app);
	}

	private static void await(java.util.function.BooleanSupplier condition, java.util.function.Supplier<String> what,
			AppProcess app) {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
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

	private static boolean safely(java.util.function.BooleanSupplier condition) {
		try {
			return condition.getAsBoolean();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Records the uplink id of every reading, on a persistent session of its own so the
	 * broker keeps its subscription (and what arrives meanwhile) across the restart.
	 */
	static final class ReadingObserver implements AutoCloseable, MqttCallback {

		private final Set<String> uplinkIds = ConcurrentHashMap.newKeySet();

		private final MqttAsyncClient client;

		ReadingObserver(String brokerUri) throws MqttException {
			this.client = new MqttAsyncClient(brokerUri, "restart-observer-" + UUID.randomUUID(),
					new MemoryPersistence());
			this.client.setCallback(this);
			MqttConnectionOptions options = new MqttConnectionOptions();
			options.setCleanStart(false);
			options.setSessionExpiryInterval(600L);
			options.setAutomaticReconnect(true);
			options.setAutomaticReconnectDelay(1, 1);
			this.client.connect(options).waitForCompletion(10_000);
			this.client
				.subscribe(new MqttSubscription[] { new MqttSubscription(Topics.READING_BATCHES, 1) }, null, null,
						new MqttProperties())
				.waitForCompletion(10_000);
		}

		Set<String> uplinkIds() {
			return this.uplinkIds;
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			for (byte[] line : ReadingBatch.lines(message.getPayload())) {
				this.uplinkIds.add(ModelJson.readReading(line).uplinkId());
			}
		}

		@Override
		public void disconnected(MqttDisconnectResponse response) {
		}

		@Override
		public void mqttErrorOccurred(MqttException exception) {
		}

		@Override
		public void deliveryComplete(IMqttToken token) {
		}

		@Override
		public void connectComplete(boolean reconnect, String serverURI) {
		}

		@Override
		public void authPacketArrived(int reasonCode, MqttProperties properties) {
		}

		@Override
		public void close() throws MqttException {
			this.client.disconnectForcibly(1000);
			this.client.close();
		}

	}

	/**
	 * Publishes with QoS 1 and, as ChirpStack does, publishes again after reconnecting
	 * when the broker went away before acknowledging.
	 */
	static final class RetryingPublisher implements AutoCloseable {

		private final MqttClient client;

		private final MqttConnectionOptions options = new MqttConnectionOptions();

		private final AtomicInteger published = new AtomicInteger();

		RetryingPublisher(String brokerUri) throws MqttException {
			this.client = new MqttClient(brokerUri, "restart-chirpstack-" + UUID.randomUUID(), new MemoryPersistence());
			this.options.setCleanStart(true);
			this.options.setConnectionTimeout(5);
			this.client.connect(this.options);
		}

		int published() {
			return this.published.get();
		}

		void publish(String topic, byte[] payload) {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (true) {
				try {
					if (!this.client.isConnected()) {
						this.client.connect(this.options);
					}
					this.client.publish(topic, payload, 1, false);
					this.published.incrementAndGet();
					return;
				}
				catch (MqttException ex) {
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException("the broker took no event for 60 s", ex);
					}
					try {
						Thread.sleep(100);
					}
					catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException(interrupted);
					}
				}
			}
		}

		@Override
		public void close() throws MqttException {
			if (this.client.isConnected()) {
				this.client.disconnect();
			}
			this.client.close();
		}

	}

}
