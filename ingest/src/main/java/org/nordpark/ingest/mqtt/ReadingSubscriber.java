package org.nordpark.ingest.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
import org.nordpark.model.net.NoDelaySockets;
import org.nordpark.ingest.influx.BatchWriter;
import org.nordpark.ingest.point.MappedReading;
import org.nordpark.ingest.point.ReadingPointMapper;
import org.nordpark.ingest.point.UnmappableReadingException;
import org.nordpark.ingest.system.IngestMetrics;
import org.nordpark.ingest.system.IngestMetrics.DeadLetterReason;
import org.nordpark.model.InvalidMessageException;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Reading;
import org.nordpark.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;

/**
 * Subscribes to the normalized readings with a persistent MQTT v5 session and a shared
 * subscription, hands each reading's points to the {@link BatchWriter} and acknowledges
 * the message only once they are written (or once its dead letter is published). The
 * broker's Receive Maximum bounds the unacknowledged messages it sends. Stopping stops
 * taking messages, waits for pending writes, then disconnects.
 * <p>
 * A connection loss drops nothing: the readings in hand are still written (writes are
 * idempotent, and after a broker crash the broker may never deliver them again), but a
 * message is acknowledged only on the connection it came on, never on a later one, whose
 * packet ids belong to other messages. What the broker still knows it delivers again, and
 * that copy is written again (the same points) and acknowledged.
 * <p>
 * Every network connection gets a fresh Paho client; the session lives in the broker.
 * Paho 1.2.5 would otherwise resend, after a reconnect, a dead letter that was in flight
 * when the connection broke, rewritten to a topic alias of the old connection without a
 * topic name (eclipse-paho/paho.mqtt.java#1104); the broker answers with a protocol error
 * and drops the connection again, in a loop. A dead letter not acknowledged leaves its
 * reading unacknowledged, so the broker delivers the reading again instead.
 */
final class ReadingSubscriber implements SmartLifecycle, MqttCallback {

	private static final Logger log = LoggerFactory.getLogger(ReadingSubscriber.class);

	private final MqttProperties properties;

	private final SslBundles sslBundles;

	private final BatchWriter writer;

	private final IngestMetrics metrics;

	private final ReadingPointMapper mapper = new ReadingPointMapper();

	private final String filter;

	private final AtomicLong connection = new AtomicLong();

	private final AtomicLong reconnects = new AtomicLong();

	private final Object ackLock = new Object();

	private volatile boolean accepting;

	private volatile boolean subscribed;

	private volatile boolean running;

	private volatile @Nullable Instant connectedSince;

	private volatile @Nullable String lastDisconnect;

	private volatile @Nullable MqttAsyncClient client;

	private @Nullable DeadLetterPublisher deadLetters;

	private @Nullable ScheduledExecutorService connector;

	ReadingSubscriber(MqttProperties properties, SslBundles sslBundles, BatchWriter writer, IngestMetrics metrics) {
		this.properties = properties;
		this.sslBundles = sslBundles;
		this.writer = writer;
		this.metrics = metrics;
		this.filter = Topics.shared(properties.sharedGroup(), properties.prefix() + Topics.READINGS_ALL);
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.client = newClient();
		this.deadLetters = new DeadLetterPublisher(() -> this.client,
				this.properties.prefix() + Topics.deadLetter(DeadLetterPublisher.STAGE));
		this.connector = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "mqtt-connector");
			thread.setDaemon(true);
			return thread;
		});
		this.accepting = true;
		this.running = true;
		connect(1);
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.accepting = false;
		this.running = false;
		this.connector.shutdownNow();
		try {
			if (!this.writer.flush(this.properties.shutdownTimeout())) {
				log.warn(
						"stopping with readings not yet written, the broker will deliver them again"
								+ " [in flight: {}, nordpark.mqtt.shutdown-timeout: {}]",
						this.writer.inFlight(), this.properties.shutdownTimeout());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.deadLetters.close();
		try {
			if (this.client.isConnected()) {
				this.client.disconnect(5000).waitForCompletion(10_000);
			}
		}
		catch (MqttException ex) {
			log.debug("disconnect failed [error: {}]", ex.getMessage());
		}
		finally {
			try {
				this.client.close(true);
			}
			catch (MqttException ex) {
				log.debug("close failed [error: {}]", ex.getMessage());
			}
		}
		log.info("disconnected from {} [client id: {}]", this.properties.brokerUri(), this.properties.clientId());
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return BatchWriter.PHASE + 1000;
	}

	boolean isConnected() {
		MqttAsyncClient client = this.client;
		return client != null && client.isConnected();
	}

	/** Whether the subscription is confirmed on the current connection. */
	boolean isSubscribed() {
		return this.subscribed && isConnected();
	}

	@Nullable Instant connectedSince() {
		return this.connectedSince;
	}

	long reconnects() {
		return this.reconnects.get();
	}

	@Nullable String lastDisconnect() {
		return this.lastDisconnect;
	}

	String filter() {
		return this.filter;
	}

	private MqttAsyncClient newClient() {
		try {
			MqttAsyncClient client = new MqttAsyncClient(this.properties.brokerUri().toString(),
					this.properties.clientId(), new MemoryPersistence());
			client.setCallback(new ClientCallback(client));
			client.setManualAcks(true);
			return client;
		}
		catch (MqttException ex) {
			throw new IllegalStateException("cannot create MQTT client for " + this.properties.brokerUri(), ex);
		}
	}

	/** Drops the client of a lost connection and connects a new one. */
	private void reconnect(MqttAsyncClient lost) {
		if (!this.running || lost != this.client) {
			return;
		}
		try {
			lost.close(true);
		}
		catch (MqttException ex) {
			log.debug("close of a lost connection failed [error: {}]", ex.getMessage());
		}
		this.client = newClient();
		connect(1);
	}

	private void connect(int attempt) {
		if (!this.running) {
			return;
		}
		try {
			this.client.connect(options(), null, new MqttActionListener() {

				@Override
				public void onSuccess(IMqttToken token) {
					// connectComplete subscribes
				}

				@Override
				public void onFailure(IMqttToken token, Throwable failure) {
					retryConnect(attempt, failure);
				}

			});
		}
		catch (MqttException ex) {
			retryConnect(attempt, ex);
		}
	}

	private void retryConnect(int attempt, Throwable failure) {
		long delay = Math.min(this.properties.reconnectMaxDelay().toMillis(), 500L << Math.min(attempt, 10));
		log.warn("cannot connect to MQTT broker, retrying [broker: {}, error: {}, next attempt in: {} ms]",
				this.properties.brokerUri(), failure.getMessage(), delay);
		try {
			this.connector.schedule(() -> connect(attempt + 1), delay, TimeUnit.MILLISECONDS);
		}
		catch (RuntimeException ex) {
			// stopping
		}
	}

	private MqttConnectionOptions options() {
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setCleanStart(false);
		options.setSessionExpiryInterval(this.properties.sessionExpiry().toSeconds());
		options.setKeepAliveInterval((int) this.properties.keepAlive().toSeconds());
		options.setReceiveMaximum(this.properties.receiveMaximum());
		// reconnects are ours: each with a fresh client (see the class comment)
		options.setAutomaticReconnect(false);
		options.setConnectionTimeout(10);
		if (this.properties.username() != null && !this.properties.username().isBlank()) {
			options.setUserName(this.properties.username());
			if (this.properties.password() != null) {
				options.setPassword(this.properties.password().getBytes(StandardCharsets.UTF_8));
			}
		}
		String bundle = this.properties.sslBundle();
		options.setSocketFactory(
				NoDelaySockets.forBroker(this.properties.brokerUri(), (bundle != null && !bundle.isBlank())
						? this.sslBundles.getBundle(bundle).createSslContext().getSocketFactory() : null));
		return options;
	}

	@Override
	public void connectComplete(boolean reconnect, String serverURI) {
		synchronized (this.ackLock) {
			this.connection.incrementAndGet();
		}
		this.connectedSince = Instant.now();
		log.info("connected to {} as {} [subscription: {}, receive maximum: {}]", serverURI, this.properties.clientId(),
				this.filter, this.properties.receiveMaximum());
		try {
			this.client.subscribe(new MqttSubscription[] { new MqttSubscription(this.filter, 1) }, null,
					new MqttActionListener() {

						@Override
						public void onSuccess(IMqttToken token) {
							ReadingSubscriber.this.subscribed = true;
							log.debug("subscribed [filter: {}]", ReadingSubscriber.this.filter);
						}

						@Override
						public void onFailure(IMqttToken token, Throwable failure) {
							log.error("cannot subscribe, check the broker's ACL [filter: {}, error: {}]",
									ReadingSubscriber.this.filter, failure.getMessage());
						}

					}, new org.eclipse.paho.mqttv5.common.packet.MqttProperties());
		}
		catch (MqttException ex) {
			log.error("cannot subscribe [filter: {}, error: {}]", this.filter, ex.getMessage());
		}
	}

	@Override
	public void disconnected(MqttDisconnectResponse response) {
		synchronized (this.ackLock) {
			this.connection.incrementAndGet();
		}
		this.connectedSince = null;
		this.subscribed = false;
		String reason = (response.getException() != null) ? response.getException().getMessage()
				: response.getReasonString();
		this.lastDisconnect = reason;
		if (this.running) {
			log.warn("lost connection to MQTT broker, reconnecting [broker: {}, reason: {}, in flight: {}]",
					this.properties.brokerUri(), reason, this.writer.inFlight());
			MqttAsyncClient lost = this.client;
			this.reconnects.incrementAndGet();
			try {
				this.connector.schedule(() -> reconnect(lost), 1, TimeUnit.SECONDS);
			}
			catch (RuntimeException ex) {
				// stopping
			}
		}
	}

	@Override
	public void mqttErrorOccurred(MqttException exception) {
		log.warn("mqtt error [error: {}]", exception.getMessage());
	}

	@Override
	public void messageArrived(String topic, MqttMessage message) {
		this.metrics.received();
		if (!this.accepting) {
			// not acknowledged: delivered again after the next connect
			return;
		}
		Delivery delivery = new Delivery(topic, message.getPayload(), message.getId(), message.getQos(),
				this.connection.get());
		try {
			handle(delivery);
		}
		catch (RuntimeException ex) {
			// an exception escaping to Paho would drop the connection and bring the same
			// message back forever: dead-letter it instead
			log.error("unexpected failure handling a reading [topic: {}]", topic, ex);
			deadLetter(delivery, "ingest failed: " + ex, DeadLetterReason.INVALID);
		}
	}

	private void handle(Delivery delivery) {
		Reading reading;
		try {
			reading = ModelJson.readReading(delivery.payload());
		}
		catch (InvalidMessageException ex) {
			deadLetter(delivery, ex.getMessage(), DeadLetterReason.INVALID);
			return;
		}
		log.debug("reading received [uplinkId: {}]", reading.uplinkId());
		MappedReading mapped;
		try {
			mapped = this.mapper.map(reading);
		}
		catch (UnmappableReadingException ex) {
			deadLetter(delivery, "reading " + reading.uplinkId() + ": " + ex.getMessage(), DeadLetterReason.UNMAPPABLE);
			return;
		}
		if (mapped.isEmpty()) {
			acknowledge(delivery);
			return;
		}
		try {
			this.writer.submit(new InFlightReading(this, mapped.lines(), mapped.time(), delivery));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void deliveryComplete(IMqttToken token) {
		// dead letters: handled by their listener
	}

	@Override
	public void authPacketArrived(int reasonCode, org.eclipse.paho.mqttv5.common.packet.MqttProperties properties) {
		// no enhanced authentication
	}

	/**
	 * The callback of one client: passes on what the current client reports, ignores a
	 * client of a connection already replaced.
	 */
	private final class ClientCallback implements MqttCallback {

		private final MqttAsyncClient mqtt;

		ClientCallback(MqttAsyncClient mqtt) {
			this.mqtt = mqtt;
		}

		private boolean current() {
			return this.mqtt == ReadingSubscriber.this.client;
		}

		@Override
		public void disconnected(MqttDisconnectResponse response) {
			if (current()) {
				ReadingSubscriber.this.disconnected(response);
			}
		}

		@Override
		public void mqttErrorOccurred(MqttException exception) {
			ReadingSubscriber.this.mqttErrorOccurred(exception);
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			if (current()) {
				ReadingSubscriber.this.messageArrived(topic, message);
			}
		}

		@Override
		public void deliveryComplete(IMqttToken token) {
		}

		@Override
		public void connectComplete(boolean reconnect, String serverURI) {
			if (current()) {
				ReadingSubscriber.this.connectComplete(reconnect, serverURI);
			}
		}

		@Override
		public void authPacketArrived(int reasonCode, org.eclipse.paho.mqttv5.common.packet.MqttProperties properties) {
		}

	}

	private boolean isStale(Delivery delivery) {
		return delivery.connection() != this.connection.get();
	}

	/**
	 * Acknowledges a message if the connection it came on is still up; a message of an
	 * earlier connection is not acknowledged at all.
	 */
	void acknowledge(Delivery delivery) {
		if (delivery.qos() == 0) {
			return;
		}
		synchronized (this.ackLock) {
			if (isStale(delivery) || !this.client.isConnected()) {
				return;
			}
			try {
				this.client.messageArrivedComplete(delivery.id(), delivery.qos());
			}
			catch (MqttException ex) {
				log.debug("acknowledgement failed, the message will come again [id: {}, error: {}]", delivery.id(),
						ex.getMessage());
			}
		}
	}

	void rejectedByInflux(Delivery delivery, String reason) {
		deadLetter(delivery, reason, DeadLetterReason.REJECTED);
	}

	private void deadLetter(Delivery delivery, String reason, DeadLetterReason kind) {
		this.deadLetters.publish(delivery, reason, () -> {
			this.metrics.deadLettered(kind);
			acknowledge(delivery);
		});
	}

}
