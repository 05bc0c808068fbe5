package org.nordpark.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.nordpark.model.ReadingBatch;
import org.nordpark.model.Topics;
import org.nordpark.mqtt.MqttSockets;

/**
 * A QoS 1 subscriber that counts what arrives (a batch of readings counts its readings)
 * and optionally keeps it.
 */
final class Counter implements AutoCloseable {

	/** A message as received. */
	record Received(String topic, byte[] payload) {
	}

	private final MqttAsyncClient client;

	private final AtomicLong count = new AtomicLong();

	private final boolean keep;

	private final List<Received> kept = new ArrayList<>();

	Counter(String uri, String clientId, String filter, boolean keep) {
		this.keep = keep;
		try {
			this.client = new MqttAsyncClient(uri, clientId, new MemoryPersistence());
			this.client.setCallback(new Callback());
			MqttConnectionOptions options = new MqttConnectionOptions();
			options.setCleanStart(true);
			options.setSocketFactory(MqttSockets.plain());
			options.setReceiveMaximum(65_535);
			this.client.connect(options).waitForCompletion(10_000);
			this.client.subscribe(new MqttSubscription(filter, 1)).waitForCompletion(10_000);
		}
		catch (MqttException ex) {
			throw new IllegalStateException("cannot subscribe to " + filter + ": " + ex.getMessage(), ex);
		}
	}

	long count() {
		return this.count.get();
	}

	synchronized List<Received> kept() {
		return List.copyOf(this.kept);
	}

	/**
	 * Waits until at least {@code n} messages arrived; returns {@link System#nanoTime()}
	 * then.
	 */
	long awaitCount(long n, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (this.count.get() < n) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"only " + this.count.get() + " of " + n + " messages within " + timeout);
			}
			Service.sleep(2);
		}
		return System.nanoTime();
	}

	@Override
	public void close() {
		try {
			this.client.disconnect().waitForCompletion(5_000);
			this.client.close();
		}
		catch (MqttException ex) {
			// closing anyway
		}
	}

	private final class Callback implements MqttCallback {

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			if (Counter.this.keep) {
				synchronized (Counter.this) {
					Counter.this.kept.add(new Received(topic, message.getPayload()));
				}
			}
			Counter.this.count.addAndGet(
					topic.endsWith(Topics.READING_BATCHES) ? ReadingBatch.lines(message.getPayload()).size() : 1);
		}

		@Override
		public void disconnected(MqttDisconnectResponse response) {
			System.err.println("counter disconnected: " + response);
		}

		@Override
		public void mqttErrorOccurred(MqttException exception) {
			System.err.println("counter error: " + exception);
		}

		@Override
		public void deliveryComplete(IMqttToken token) {
		}

		@Override
		public void connectComplete(boolean reconnect, String serverUri) {
		}

		@Override
		public void authPacketArrived(int reasonCode, MqttProperties properties) {
		}

	}

}
