package org.nordpark.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.nordpark.mqtt.MqttSockets;

/**
 * Publishes with QoS 1 from one or more Paho v5 clients, each with a window of
 * unacknowledged messages (at most the broker's receive maximum), optionally at a fixed
 * rate, and returns when the broker acknowledged every message.
 */
final class Publisher implements AutoCloseable {

	private final List<MqttAsyncClient> clients = new ArrayList<>();

	private final List<Semaphore> windows = new ArrayList<>();

	private final List<Integer> windowSizes = new ArrayList<>();

	private final AtomicLong failures = new AtomicLong();

	Publisher(String uri, String clientIdPrefix, int clientCount, int maxWindow) {
		try {
			for (int i = 0; i < clientCount; i++) {
				MqttAsyncClient client = new MqttAsyncClient(uri, clientIdPrefix + "-" + i, new MemoryPersistence());
				MqttConnectionOptions options = new MqttConnectionOptions();
				options.setCleanStart(true);
				options.setSocketFactory(MqttSockets.plain());
				IMqttToken token = client.connect(options);
				token.waitForCompletion(10_000);
				Integer receiveMaximum = token.getResponseProperties().getReceiveMaximum();
				int window = Math.min(maxWindow, (receiveMaximum != null) ? receiveMaximum : 65_535);
				this.clients.add(client);
				this.windows.add(new Semaphore(window));
				this.windowSizes.add(window);
			}
		}
		catch (MqttException ex) {
			throw new IllegalStateException("cannot connect the publisher: " + ex.getMessage(), ex);
		}
	}

	int window() {
		return this.windowSizes.get(0);
	}

	/**
	 * Publishes every message and waits for every PUBACK.
	 * @param ratePerSecond messages per second, 0 = as fast as the window allows
	 * @return when each message was handed to the client ({@link System#nanoTime()})
	 */
	long[] publish(List<String> topics, List<byte[]> payloads, double ratePerSecond) {
		long[] sent = new long[payloads.size()];
		long start = System.nanoTime();
		MqttActionListener listener = new MqttActionListener() {

			@Override
			public void onSuccess(IMqttToken token) {
				((Semaphore) token.getUserContext()).release();
			}

			@Override
			public void onFailure(IMqttToken token, Throwable failure) {
				Publisher.this.failures.incrementAndGet();
				((Semaphore) token.getUserContext()).release();
			}

		};
		try {
			for (int i = 0; i < payloads.size(); i++) {
				if (ratePerSecond > 0) {
					long due = start + (long) (i * 1e9 / ratePerSecond);
					long wait = due - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait);
					}
				}
				int c = i % this.clients.size();
				Semaphore window = this.windows.get(c);
				window.acquire();
				sent[i] = System.nanoTime();
				this.clients.get(c).publish(topics.get(i), payloads.get(i), 1, false, window, listener);
			}
			for (int c = 0; c < this.clients.size(); c++) {
				this.windows.get(c).acquire(this.windowSizes.get(c));
				this.windows.get(c).release(this.windowSizes.get(c));
			}
		}
		catch (MqttException ex) {
			throw new IllegalStateException("publish failed: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		if (this.failures.get() > 0) {
			throw new IllegalStateException(this.failures.get() + " publishes failed");
		}
		return sent;
	}

	@Override
	public void close() {
		for (MqttAsyncClient client : this.clients) {
			try {
				client.disconnect().waitForCompletion(5_000);
				client.close();
			}
			catch (MqttException ex) {
				// closing anyway
			}
		}
	}

}
