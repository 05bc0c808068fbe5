package org.nordpark.bridge.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.jspecify.annotations.Nullable;
import org.nordpark.bridge.BridgeProperties;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.bridge.system.BridgeMetrics;
import org.nordpark.bridge.uplink.EventHandler;
import org.nordpark.model.net.NoDelaySockets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;

/**
 * The bridge's MQTT client: a persistent session (clean start off, session expiry) with
 * manual acknowledgements. Paho's callback thread only hands each event to the workers; a
 * worker turns it into a reading or dead letter, publishes it with QoS 1 and acknowledges
 * the event once the broker acknowledged that publish. The receive maximum bounds the
 * events in flight. Connection attempts repeat until the broker answers.
 * <p>
 * Every network connection gets a fresh Paho client; the session lives in the broker.
 * Paho 1.2.5 would otherwise resend, after a reconnect, the QoS 1 publishes that were in
 * flight when the connection broke, rewritten to use a topic alias of the old connection
 * and no topic name (eclipse-paho/paho.mqtt.java#1104); the broker rejects them as a
 * protocol error and drops the connection again, in a loop, while nothing flows. The
 * bridge resends by itself instead: every reading (or dead letter) whose publish was not
 * acknowledged when a connection dropped is published again on the next connection
 * ({@link MqttPublisher}); the broker may have lost the event after a crash. An event is
 * acknowledged only once its reading was acknowledged, and only on the connection it came
 * on; one that arrived on an earlier connection stays unacknowledged, so a broker that
 * still knows it delivers it again and it is processed again (readings are idempotent
 * downstream).
 * <p>
 * Stopping stops taking new events, waits for those in flight, then disconnects; events
 * not acknowledged are redelivered.
 */
class MqttBridge implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MqttBridge.class);

	private final MqttProperties properties;

	private final BridgeProperties bridge;

	private final EventHandler handler;

	private final SensorCatalog catalog;

	private final BridgeMetrics metrics;

	private final @Nullable SslBundles sslBundles;

	private final AtomicInteger inFlight = new AtomicInteger();

	/** Number of the current connection; an event is acknowledged only on its own. */
	private final AtomicLong connection = new AtomicLong();

	private final AtomicLong reconnects = new AtomicLong();

	private final AtomicBoolean overflowing = new AtomicBoolean();

	private final AtomicLong overflows = new AtomicLong();

	private volatile boolean accepting;

	/** Whether the subscription is confirmed on the current connection. */
	private volatile boolean subscribed;

	private volatile boolean running;

	private volatile @Nullable MqttAsyncClient client;

	private @Nullable EventProcessor processor;

	private @Nullable MqttPublisher publisher;

	private @Nullable CatalogPublisher catalogPublisher;

	private @Nullable ExecutorService workers;

	private @Nullable ExecutorService background;

	MqttBridge(MqttProperties properties, BridgeProperties bridge, EventHandler handler, SensorCatalog catalog,
			BridgeMetrics metrics, @Nullable SslBundles sslBundles) {
		this.properties = properties;
		this.bridge = bridge;
		this.handler = handler;
		this.catalog = catalog;
		this.metrics = metrics;
		this.sslBundles = sslBundles;
	}

	@Override
	public void start() {
		this.workers = Executors.newFixedThreadPool(Math.max(1, this.bridge.workers()), named("bridge-worker"));
		this.background = Executors.newSingleThreadExecutor(named("bridge-mqtt"));
		MqttPublisher publisher = new MqttPublisher(() -> this.client, this.properties.maxOutgoing());
		this.publisher = publisher;
		this.processor = new EventProcessor(this.handler, publisher, this.metrics, this.bridge.publishTimeout(),
				this::acknowledge);
		if (this.bridge.publishCatalog()) {
			CatalogPublisher catalogPublisher = new CatalogPublisher(this.catalog, publisher, this.background,
					this::isConnected);
			this.catalog.addListener(catalogPublisher);
			this.catalogPublisher = catalogPublisher;
		}
		this.accepting = true;
		this.running = true;
		this.background.execute(this::connectUntilConnected);
	}

	/**
	 * Connects a fresh client (see the class comment) and retries with backoff until the
	 * broker answers or the bridge stops. Runs on the background thread only.
	 */
	private void connectUntilConnected() {
		if (!this.running) {
			return;
		}
		long generation = this.connection.incrementAndGet();
		MqttAsyncClient mqtt;
		try {
			mqtt = new MqttAsyncClient(this.properties.brokerUri().toString(), this.properties.clientId(),
					new MemoryPersistence());
		}
		catch (MqttException ex) {
			throw new IllegalStateException("cannot create MQTT client for " + this.properties.brokerUri(), ex);
		}
		mqtt.setManualAcks(true);
		mqtt.setCallback(new Callback(mqtt, generation));
		this.subscribed = false;
		this.client = mqtt;
		long delay = 500;
		while (this.running && !mqtt.isConnected()) {
			try {
				mqtt.connect(options()).waitForCompletion(this.properties.connectTimeout().toMillis() + 1000);
				resend();
				return;
			}
			catch (MqttException ex) {
				log.warn("cannot connect to MQTT broker, retrying [broker: {}, reason: {}, retry in: {} ms]",
						this.properties.brokerUri(), ex.getMessage(), delay);
				sleep(delay);
				delay = Math.min(delay * 2, this.properties.reconnectDelay().toMillis());
			}
		}
	}

	/**
	 * Publishes again what the last connection left unacknowledged (or found no
	 * connection for), as soon as the new connection is up.
	 */
	private void resend() {
		MqttPublisher publisher = this.publisher;
		if (publisher == null) {
			return;
		}
		int waiting = publisher.waiting();
		int sent = publisher.resend();
		if (waiting > 0) {
			log.info("published again what the lost connection left unacknowledged [readings and dead letters: {}]",
					sent);
		}
	}

	/**
	 * The broker sent far more events than the receive maximum allows (mosquitto 2.0.11
	 * did under a large backlog, and the bridge ran out of heap holding them). Memory
	 * must not depend on the broker: events beyond twice {@code max-in-flight} are left
	 * unacknowledged and not held; once the events in hand are done, the bridge
	 * reconnects, and the broker delivers the unacknowledged ones again on the new
	 * connection.
	 */
	private void overflowed(MqttAsyncClient mqtt) {
		ExecutorService background = this.background;
		if (background == null || !this.running || !this.overflowing.compareAndSet(false, true)) {
			return;
		}
		this.overflows.incrementAndGet();
		log.warn(
				"broker sent more events than the receive maximum; holding no more and reconnecting once the "
						+ "events in hand are done [inFlight: {}, max-in-flight: {}]",
				this.inFlight.get(), this.properties.maxInFlight());
		try {
			background.execute(() -> {
				long deadline = System.nanoTime() + this.properties.shutdownTimeout().toNanos();
				while (this.running && this.inFlight.get() > 0 && System.nanoTime() < deadline) {
					sleep(20);
				}
				this.overflowing.set(false);
				reconnect(mqtt);
			});
		}
		catch (java.util.concurrent.RejectedExecutionException ex) {
			this.overflowing.set(false);
		}
	}

	/** At least twice the receive maximum: mosquitto overshoots a little all the time. */
	int maxHeld() {
		return Math.max(this.properties.maxHeld(), 2 * this.properties.maxInFlight());
	}

	long overflows() {
		return this.overflows.get();
	}

	/** Drops the client of a lost connection and connects a new one. */
	private void reconnect(MqttAsyncClient lost) {
		if (!this.running || lost != this.client) {
			return;
		}
		this.reconnects.incrementAndGet();
		close(lost);
		MqttPublisher publisher = this.publisher;
		if (publisher != null) {
			publisher.abandon(lost);
		}
		sleep(Math.min(1000, this.properties.reconnectDelay().toMillis()));
		connectUntilConnected();
	}

	private static void close(MqttAsyncClient mqtt) {
		try {
			if (mqtt.isConnected()) {
				mqtt.disconnectForcibly(0, 1000, false);
			}
		}
		catch (MqttException ex) {
			log.debug("MQTT disconnect of a lost connection failed [reason: {}]", ex.getMessage());
		}
		try {
			mqtt.close(true);
		}
		catch (MqttException ex) {
			log.debug("MQTT close of a lost connection failed [reason: {}]", ex.getMessage());
		}
	}

	private MqttConnectionOptions options() {
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setCleanStart(false);
		options.setSessionExpiryInterval(this.properties.sessionExpiry().toSeconds());
		// reconnects are ours: each with a fresh client (see the class comment)
		options.setAutomaticReconnect(false);
		options.setReceiveMaximum(this.properties.maxInFlight());
		options.setKeepAliveInterval((int) this.properties.keepAlive().toSeconds());
		options.setConnectionTimeout((int) Math.max(1, this.properties.connectTimeout().toSeconds()));
		if (this.properties.username() != null && !this.properties.username().isBlank()) {
			options.setUserName(this.properties.username());
		}
		if (this.properties.password() != null && !this.properties.password().isEmpty()) {
			options.setPassword(this.properties.password().getBytes(StandardCharsets.UTF_8));
		}
		String bundle = this.properties.sslBundle();
		options.setSocketFactory(NoDelaySockets.forBroker(this.properties.brokerUri(),
				(bundle != null && !bundle.isBlank() && this.sslBundles != null)
						? this.sslBundles.getBundle(bundle).createSslContext().getSocketFactory() : null));
		return options;
	}

	/**
	 * Acknowledges an event on the connection it came on. An event of an earlier
	 * connection is left: the broker has delivered it again on the current one.
	 */
	private void acknowledge(Event event) {
		MqttAsyncClient mqtt = this.client;
		MqttMessage message = event.message();
		if (mqtt == null || event.connection() != this.connection.get() || !mqtt.isConnected()) {
			log.debug("event of an earlier connection not acknowledged; it is redelivered [id: {}]", message.getId());
			return;
		}
		try {
			mqtt.messageArrivedComplete(message.getId(), message.getQos());
		}
		catch (MqttException ex) {
			log.warn("cannot acknowledge event; it will be redelivered [id: {}, reason: {}]", message.getId(),
					ex.getMessage());
		}
	}

	boolean isConnected() {
		MqttAsyncClient mqtt = this.client;
		return mqtt != null && mqtt.isConnected();
	}

	/** Whether connected and the subscription is confirmed by the broker. */
	boolean isSubscribed() {
		return this.subscribed && isConnected();
	}

	int inFlight() {
		return this.inFlight.get();
	}

	long reconnects() {
		return this.reconnects.get();
	}

	/** Publishes waiting for a connection to be published (again) on. */
	int awaitingConnection() {
		MqttPublisher publisher = this.publisher;
		return (publisher != null) ? publisher.waiting() : 0;
	}

	@Override
	public void stop() {
		this.accepting = false;
		long deadline = System.nanoTime() + this.properties.shutdownTimeout().toNanos();
		while (this.inFlight.get() > 0 && System.nanoTime() < deadline) {
			sleep(20);
		}
		if (this.inFlight.get() > 0) {
			log.warn("stopping with events in flight; they will be redelivered [inFlight: {}, setting: "
					+ "nordpark.mqtt.shutdown-timeout]", this.inFlight.get());
		}
		this.running = false;
		shutdown(this.background);
		shutdown(this.workers);
		MqttAsyncClient mqtt = this.client;
		if (mqtt != null) {
			try {
				if (mqtt.isConnected()) {
					mqtt.disconnect().waitForCompletion(5000);
				}
				mqtt.close(true);
			}
			catch (MqttException ex) {
				log.debug("MQTT disconnect failed [reason: {}]", ex.getMessage());
			}
		}
		log.info("MQTT client stopped [clientId: {}]", this.properties.clientId());
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private static void shutdown(@Nullable ExecutorService executor) {
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static java.util.concurrent.ThreadFactory named(String name) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** An event and the connection it came on. */
	record Event(MqttMessage message, long connection) {

	}

	/** The callback of one client, i.e. of one connection. */
	private final class Callback implements MqttCallback {

		private final MqttAsyncClient mqtt;

		private final long connection;

		Callback(MqttAsyncClient mqtt, long connection) {
			this.mqtt = mqtt;
			this.connection = connection;
		}

		@Override
		public void connectComplete(boolean reconnect, String serverUri) {
			boolean again = MqttBridge.this.reconnects.get() > 0;
			log.info("{} to {} as {} [subscription: {}, reconnects: {}]", again ? "reconnected" : "connected",
					serverUri, MqttBridge.this.properties.clientId(), MqttBridge.this.properties.subscription(),
					MqttBridge.this.reconnects.get());
			try {
				this.mqtt.subscribe(
						new MqttSubscription[] { new MqttSubscription(MqttBridge.this.properties.subscription(), 1) },
						null, new MqttActionListener() {

							@Override
							public void onSuccess(IMqttToken token) {
								int[] codes = token.getReasonCodes();
								if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
									log.error(
											"broker refused the subscription, check its ACL [subscription: {}, "
													+ "reason code: 0x{}]",
											MqttBridge.this.properties.subscription(), Integer.toHexString(codes[0]));
								}
								else if (Callback.this.mqtt == MqttBridge.this.client) {
									MqttBridge.this.subscribed = true;
								}
							}

							@Override
							public void onFailure(IMqttToken token, Throwable failure) {
								log.error("cannot subscribe, check the broker's ACL [subscription: {}, reason: {}]",
										MqttBridge.this.properties.subscription(), failure.toString());
							}

						}, new org.eclipse.paho.mqttv5.common.packet.MqttProperties());
			}
			catch (MqttException ex) {
				log.error("cannot subscribe [subscription: {}, reason: {}]", MqttBridge.this.properties.subscription(),
						ex.getMessage());
			}
			CatalogPublisher catalogPublisher = MqttBridge.this.catalogPublisher;
			if (catalogPublisher != null) {
				catalogPublisher.publishAll();
			}
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			ExecutorService executor = MqttBridge.this.workers;
			EventProcessor processor = MqttBridge.this.processor;
			if (!MqttBridge.this.accepting || executor == null || processor == null) {
				// not acknowledged: the broker redelivers it to the next session
				return;
			}
			if (MqttBridge.this.overflowing.get() || MqttBridge.this.inFlight.get() >= MqttBridge.this.maxHeld()) {
				// not acknowledged: redelivered on the connection overflowed() opens
				overflowed(this.mqtt);
				return;
			}
			Event event = new Event(message, this.connection);
			MqttBridge.this.inFlight.incrementAndGet();
			try {
				executor.execute(() -> processor.process(topic, event)
					.whenComplete((result, failure) -> MqttBridge.this.inFlight.decrementAndGet()));
			}
			catch (RuntimeException ex) {
				MqttBridge.this.inFlight.decrementAndGet();
				log.warn("event not taken; it will be redelivered [topic: {}, reason: {}]", topic, ex.toString());
			}
		}

		@Override
		public void disconnected(MqttDisconnectResponse response) {
			if (this.mqtt == MqttBridge.this.client) {
				MqttBridge.this.subscribed = false;
			}
			if (!MqttBridge.this.running) {
				return;
			}
			log.warn("disconnected from MQTT broker, reconnecting [reason: {}, inFlight: {}]",
					response.getReasonString() != null ? response.getReasonString()
							: String.valueOf(response.getException()),
					MqttBridge.this.inFlight.get());
			ExecutorService background = MqttBridge.this.background;
			if (background != null) {
				try {
					background.execute(() -> reconnect(this.mqtt));
				}
				catch (java.util.concurrent.RejectedExecutionException ex) {
					log.debug("not reconnecting while stopping");
				}
			}
		}

		@Override
		public void mqttErrorOccurred(MqttException ex) {
			log.warn("MQTT error [reason: {}]", ex.getMessage());
		}

		@Override
		public void deliveryComplete(IMqttToken token) {
		}

		@Override
		public void authPacketArrived(int reasonCode, org.eclipse.paho.mqttv5.common.packet.MqttProperties properties) {
		}

	}

}
