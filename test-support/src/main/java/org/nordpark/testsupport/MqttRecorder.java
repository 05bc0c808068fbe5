package org.nordpark.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.jspecify.annotations.Nullable;

/**
 * A test MQTT v5 client that records what arrives on a filter and publishes with QoS 1.
 * Waits have a generous limit that only guards against hanging; tests never assert on
 * time.
 */
public final class MqttRecorder implements AutoCloseable {

	private static final Duration WAIT_LIMIT = Duration.ofSeconds(60);

	private final MqttClient client;

	private final List<Received> received = new ArrayList<>();

	private MqttRecorder(MqttClient client) {
		this.client = client;
	}

	/** Connects anonymously to the broker. */
	public static MqttRecorder connect(String brokerUri) {
		return connect(brokerUri, null, null, null);
	}

	/** Connects with credentials and, for {@code ssl://} URIs, a socket factory. */
	public static MqttRecorder connect(String brokerUri, @Nullable String username, @Nullable String password,
			@Nullable SSLSocketFactory socketFactory) {
		try {
			MqttClient client = new MqttClient(brokerUri, UniqueNames.next("recorder"), new MemoryPersistence());
			MqttConnectionOptions options = new MqttConnectionOptions();
			options.setCleanStart(true);
			if (username != null) {
				options.setUserName(username);
				options.setPassword((password != null) ? password.getBytes(StandardCharsets.UTF_8) : null);
			}
			if (socketFactory != null) {
				options.setSocketFactory(socketFactory);
			}
			client.connect(options);
			return new MqttRecorder(client);
		}
		catch (MqttException ex) {
			throw new IllegalStateException("cannot connect to " + brokerUri + ": " + ex.getMessage(), ex);
		}
	}

	/** Records everything that arrives on the filter from now on (QoS 1). */
	public MqttRecorder subscribe(String filter) {
		try {
			// Paho 1.2.5's subscribe(String, int, IMqttMessageListener) recurses forever:
			// use the array form
			IMqttMessageListener listener = (topic, message) -> {
				synchronized (this.received) {
					this.received.add(new Received(topic, message.getPayload(), message.isRetained()));
					this.received.notifyAll();
				}
			};
			this.client.subscribe(new MqttSubscription[] { new MqttSubscription(filter, 1) },
					new IMqttMessageListener[] { listener });
			return this;
		}
		catch (MqttException ex) {
			throw new IllegalStateException("cannot subscribe to " + filter + ": " + ex.getMessage(), ex);
		}
	}

	/** Publishes with QoS 1 and waits for the broker's acknowledgement. */
	public void publish(String topic, byte[] payload) {
		publish(topic, payload, false);
	}

	/**
	 * Publishes with QoS 1, optionally retained, and waits for the broker's
	 * acknowledgement.
	 */
	public void publish(String topic, byte[] payload, boolean retained) {
		MqttMessage message = new MqttMessage(payload, 1, retained, null);
		long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
		while (true) {
			try {
				this.client.publish(topic, message);
				return;
			}
			catch (MqttException ex) {
				// Paho frees in-flight slots on its callback thread, so a fast publisher
				// can briefly find none
				if (ex.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT
						|| System.nanoTime() > deadline) {
					throw new IllegalStateException("cannot publish to " + topic + ": " + ex.getMessage(), ex);
				}
				Thread.onSpinWait();
				try {
					Thread.sleep(1);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted while publishing to " + topic, interrupted);
				}
			}
		}
	}

	/** Everything received so far, in arrival order. */
	public List<Received> received() {
		synchronized (this.received) {
			return List.copyOf(this.received);
		}
	}

	/**
	 * Waits until at least {@code count} messages matching the predicate have arrived and
	 * returns them; fails with what did arrive if they do not come.
	 */
	public List<Received> awaitCount(int count, Predicate<Received> matching) {
		return await(count, (all) -> all.stream().filter(matching).toList());
	}

	/**
	 * Waits until the messages on {@code topic}, read as JSON Lines (one document per
	 * {@code \n}-separated line), hold at least {@code count} lines matching the
	 * predicate and returns those lines; fails with what did arrive if they do not come.
	 */
	public List<byte[]> awaitLines(String topic, int count, Predicate<byte[]> matching) {
		return await(count,
				(all) -> all.stream()
					.filter((message) -> message.topic().equals(topic))
					.flatMap((message) -> message.lines().stream())
					.filter(matching)
					.toList());
	}

	private <T> List<T> await(int count, Function<List<Received>, List<T>> select) {
		long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
		synchronized (this.received) {
			while (true) {
				List<T> matches = select.apply(this.received);
				if (matches.size() >= count) {
					return matches;
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("expected " + count + " matching messages or lines, got " + matches.size()
							+ " of " + this.received.size() + " received: " + this.received);
				}
				try {
					this.received.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new AssertionError("interrupted", ex);
				}
			}
		}
	}

	/**
	 * Waits until at least {@code count} messages have arrived and returns all received.
	 */
	public List<Received> awaitCount(int count) {
		return awaitCount(count, (message) -> true);
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
			// closing a test client: nothing to do
		}
	}

	/**
	 * One received message.
	 *
	 * @param topic the topic
	 * @param payload the payload bytes
	 * @param retained whether it came from the retained store
	 */
	public record Received(String topic, byte[] payload, boolean retained) {

		/** The payload's non-empty lines (JSON Lines), each as bytes. */
		public List<byte[]> lines() {
			return Arrays.stream(text().split("\n"))
				.filter((line) -> !line.isEmpty())
				.map((line) -> line.getBytes(StandardCharsets.UTF_8))
				.toList();
		}

		/** The payload as UTF-8 text. */
		public String text() {
			return new String(this.payload, StandardCharsets.UTF_8);
		}

		@Override
		public String toString() {
			return this.topic + " " + text();
		}

	}

}
