package org.nordpark.systemtests;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes ChirpStack events with QoS 1 as ChirpStack's MQTT integration does: a publish
 * that fails because the broker went away is retried after reconnecting, so the broker
 * has every message at least once. Can pace itself, so a fault can hit mid-stream.
 */
final class ChirpStackPublisher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ChirpStackPublisher.class);

	private final MqttClient client;

	private final MqttConnectionOptions options;

	private final AtomicInteger published = new AtomicInteger();

	private final AtomicInteger retries = new AtomicInteger();

	private final Map<String, Instant> acknowledgedAt = new ConcurrentHashMap<>();

	ChirpStackPublisher(String brokerUri, @Nullable String username, @Nullable String password,
			@Nullable SSLSocketFactory sslSocketFactory) {
		try {
			this.client = new MqttClient(brokerUri, "chirpstack-" + UUID.randomUUID(), new MemoryPersistence());
			this.options = new MqttConnectionOptions();
			this.options.setCleanStart(true);
			this.options.setAutomaticReconnect(false);
			this.options.setConnectionTimeout(5);
			if (username != null) {
				this.options.setUserName(username);
				this.options.setPassword(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
			if (sslSocketFactory != null) {
				this.options.setSocketFactory(sslSocketFactory);
				this.options.setHttpsHostnameVerificationEnabled(true);
			}
			this.client.connect(this.options);
		}
		catch (MqttException ex) {
			throw new IllegalStateException("cannot connect the ChirpStack publisher: " + ex.getMessage(), ex);
		}
	}

	ChirpStackPublisher(String brokerUri) {
		this(brokerUri, null, null, null);
	}

	/** Messages the broker acknowledged so far. */
	int published() {
		return this.published.get();
	}

	/** When the broker last acknowledged a message of each uplink id. */
	Map<String, Instant> acknowledgedAt() {
		return this.acknowledgedAt;
	}

	/** Publishes that failed and were sent again. */
	int retries() {
		return this.retries.get();
	}

	/**
	 * Publishes every message in order, at most {@code perSecond} a second (0 = as fast
	 * as possible).
	 */
	void publishAll(List<Uplinks.Message> messages, int perSecond) {
		long start = System.nanoTime();
		for (int i = 0; i < messages.size(); i++) {
			publish(messages.get(i));
			if (perSecond > 0) {
				long due = start + (long) i * 1_000_000_000L / perSecond;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					sleep(wait / 1_000_000L);
				}
			}
		}
	}

	/** The same, on another thread. */
	CompletableFuture<Void> publishAllAsync(List<Uplinks.Message> messages, int perSecond) {
		return CompletableFuture.runAsync(() -> publishAll(messages, perSecond));
	}

	void publish(Uplinks.Message message) {
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (true) {
			try {
				if (!this.client.isConnected()) {
					this.client.connect(this.options);
				}
				this.client.publish(message.topic(), message.payload(), 1, false);
				this.acknowledgedAt.put(message.uplinkId(), Instant.now());
				this.published.incrementAndGet();
				return;
			}
			catch (MqttException ex) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("the broker did not take a message for 2 minutes", ex);
				}
				this.retries.incrementAndGet();
				log.debug("publish failed, retrying [reason: {}]", ex.getMessage());
				sleep(200);
			}
		}
	}

	@Override
	public void close() {
		try {
			if (this.client.isConnected()) {
				this.client.disconnect();
			}
			this.client.close();
		}
		catch (MqttException ex) {
			log.debug("close failed [reason: {}]", ex.getMessage());
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
