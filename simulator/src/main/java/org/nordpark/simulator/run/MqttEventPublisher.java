package org.nordpark.simulator.run;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.SocketFactory;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.nordpark.model.net.NoDelaySockets;

import org.springframework.boot.ssl.SslBundles;

/**
 * Publishes events as ChirpStack's MQTT integration does: QoS as configured (1 for
 * at-least-once), not retained. At most {@code maxInFlight} publishes wait for their
 * acknowledgement, so a backfill runs exactly as fast as the broker takes messages; a
 * publish that fails is sent again, so nothing is lost while the broker is away. For
 * {@code ssl://} brokers the trust comes from the SSL bundle named by
 * {@code nordpark.mqtt.ssl-bundle} (or the JVM's trust store).
 */
final class MqttEventPublisher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MqttEventPublisher.class);

	private static final long RETRY_MILLIS = 500;

	private final MqttProperties properties;

	private final MqttAsyncClient client;

	private final Semaphore window;

	private final ConcurrentLinkedQueue<OutgoingEvent> failed = new ConcurrentLinkedQueue<>();

	private final AtomicLong acknowledged = new AtomicLong();

	private final SslBundles sslBundles;

	MqttEventPublisher(MqttProperties properties, SslBundles sslBundles) {
		this.properties = properties;
		this.sslBundles = sslBundles;
		if (properties.hasSslBundle()) {
			// an unknown bundle or unreadable certificate fails here, not every connect
			sslBundles.getBundle(properties.sslBundle()).createSslContext();
		}
		this.window = new Semaphore(properties.maxInFlight());
		try {
			this.client = new MqttAsyncClient(properties.brokerUri().toString(), properties.clientId(),
					new MemoryPersistence());
		}
		catch (MqttException ex) {
			throw new IllegalArgumentException("invalid MQTT settings [brokerUri: " + properties.brokerUri()
					+ ", clientId: " + properties.clientId() + "]: " + ex.getMessage(), ex);
		}
	}

	/** Connects, retrying until the broker answers or the thread is interrupted. */
	void connect() throws InterruptedException {
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setCleanStart(true);
		options.setAutomaticReconnect(true);
		options.setSocketFactory(socketFactory(this.properties, this.sslBundles));
		options.setConnectionTimeout((int) Math.max(1, this.properties.connectTimeout().toSeconds()));
		if (this.properties.username() != null) {
			options.setUserName(this.properties.username());
		}
		if (this.properties.password() != null) {
			options.setPassword(this.properties.password().getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		long backoff = RETRY_MILLIS;
		while (true) {
			try {
				this.client.connect(options).waitForCompletion(this.properties.connectTimeout().toMillis() + 1000);
				log.info("connected to {} as {}", this.properties.brokerUri(), this.properties.clientId());
				return;
			}
			catch (MqttException ex) {
				// a failed TLS handshake is only named by the cause
				log.warn("cannot connect to the broker, retrying [brokerUri: {}, reason: {}]",
						this.properties.brokerUri(), (ex.getCause() != null)
								? ex.getMessage() + ": " + ex.getCause().getMessage() : ex.getMessage());
				Thread.sleep(backoff);
				backoff = Math.min(10_000, backoff * 2);
			}
		}
	}

	/**
	 * The socket factory for the broker: TLS trusting the named SSL bundle; TLS with the
	 * JVM's trust store for an {@code ssl://} broker without a bundle (Paho refuses a
	 * plain factory there); plain TCP otherwise. Nagle is off on all of them.
	 */
	static SocketFactory socketFactory(MqttProperties properties, SslBundles sslBundles) {
		return NoDelaySockets.forBroker(properties.brokerUri(), properties.hasSslBundle()
				? sslBundles.getBundle(properties.sslBundle()).createSslContext().getSocketFactory() : null);
	}

	/** Messages the broker has acknowledged. */
	long acknowledged() {
		return this.acknowledged.get();
	}

	/** Publishes one event; blocks while the window is full or the broker is away. */
	void publish(OutgoingEvent event) throws InterruptedException {
		OutgoingEvent retry;
		while ((retry = this.failed.poll()) != null) {
			send(retry);
		}
		send(event);
	}

	/** Waits until every publish is acknowledged. */
	boolean flush(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		int all = this.properties.maxInFlight();
		while (System.nanoTime() < deadline) {
			OutgoingEvent retry;
			while ((retry = this.failed.poll()) != null) {
				send(retry);
			}
			if (this.window.tryAcquire(all, 100, TimeUnit.MILLISECONDS)) {
				this.window.release(all);
				if (this.failed.isEmpty()) {
					return true;
				}
			}
		}
		return false;
	}

	private void send(OutgoingEvent event) throws InterruptedException {
		this.window.acquire();
		while (true) {
			try {
				MqttMessage message = new MqttMessage(event.payload());
				message.setQos(this.properties.qos());
				message.setRetained(false);
				this.client.publish(event.topic(), message, null, new Completion(event));
				return;
			}
			catch (MqttException ex) {
				// not connected, or the broker's receive maximum is reached: wait and
				// retry
				if (ex.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT) {
					log.debug("publish failed, retrying [topic: {}, reason: {}]", event.topic(), ex.getMessage());
				}
				Thread.sleep(ex.getReasonCode() == MqttClientException.REASON_CODE_MAX_INFLIGHT ? 2 : RETRY_MILLIS);
			}
		}
	}

	@Override
	public void close() {
		try {
			if (this.client.isConnected()) {
				this.client.disconnect().waitForCompletion(5000);
			}
			this.client.close();
		}
		catch (MqttException ex) {
			log.debug("closing the MQTT client failed [reason: {}]", ex.getMessage());
		}
	}

	private final class Completion implements MqttActionListener {

		private final OutgoingEvent event;

		private Completion(OutgoingEvent event) {
			this.event = event;
		}

		@Override
		public void onSuccess(IMqttToken token) {
			MqttEventPublisher.this.acknowledged.incrementAndGet();
			MqttEventPublisher.this.window.release();
		}

		@Override
		public void onFailure(IMqttToken token, Throwable cause) {
			MqttEventPublisher.this.failed.add(this.event);
			MqttEventPublisher.this.window.release();
		}

	}

}
