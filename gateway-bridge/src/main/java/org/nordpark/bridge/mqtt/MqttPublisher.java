package org.nordpark.bridge.mqtt;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.jspecify.annotations.Nullable;

/**
 * Publishes with QoS 1 and completes when the broker acknowledged (PUBACK). At most
 * {@code maxOutgoing} publishes wait for acknowledgement at once, so Paho's in-flight
 * window is never overrun; callers block for a permit (never on Paho's callback thread).
 * <p>
 * A publish is not given up when its connection is lost: one that was handed to the
 * connection and not acknowledged, or that found no connection, waits and is published
 * again by {@link #resend()} on the next connection. The broker may not know it any more
 * (mosquitto after a crash restores only its last save), so leaving it to the broker to
 * deliver the event again would lose it. A reading published twice is the same point
 * downstream.
 */
final class MqttPublisher {

	/** Tries while Paho's window is briefly full (about 5 s). */
	private static final int MAX_WINDOW_ATTEMPTS = 5000;

	private static final Set<Integer> CONNECTION_GONE = Set.of(
			(int) MqttClientException.REASON_CODE_CLIENT_NOT_CONNECTED,
			(int) MqttClientException.REASON_CODE_CONNECTION_LOST, (int) MqttClientException.REASON_CODE_CLIENT_CLOSED,
			(int) MqttClientException.REASON_CODE_CLIENT_DISCONNECTING,
			(int) MqttClientException.REASON_CODE_CONNECT_IN_PROGRESS);

	private final Supplier<@Nullable MqttAsyncClient> client;

	private final Semaphore permits;

	/** Publishes handed to a client and awaiting their PUBACK. */
	private final Set<Pending> sent = ConcurrentHashMap.newKeySet();

	/** Publishes waiting for the next connection. */
	private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();

	/**
	 * @param client the client of the current connection (a new one after each
	 * reconnect), none before the first
	 * @param maxOutgoing publishes awaiting acknowledgement at once, waiting ones
	 * included
	 */
	MqttPublisher(Supplier<@Nullable MqttAsyncClient> client, int maxOutgoing) {
		this.client = client;
		this.permits = new Semaphore(maxOutgoing);
	}

	CompletableFuture<Void> publish(String topic, byte[] payload, boolean retained) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		try {
			this.permits.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			done.completeExceptionally(ex);
			return done;
		}
		send(new Pending(topic, payload, retained, done));
		if (!this.waiting.isEmpty()) {
			// the connection may have come back while this one found none
			resend();
		}
		return done;
	}

	/**
	 * Publishes, on the current connection, every publish that waits for one.
	 * @return how many were handed over
	 */
	int resend() {
		// at most those waiting now: one that finds the connection gone waits again
		int waiting = this.waiting.size();
		int count = 0;
		Pending publish;
		while (count < waiting && isConnected() && (publish = this.waiting.poll()) != null) {
			send(publish);
			count++;
		}
		return count;
	}

	/** Publishes waiting for a connection. */
	int waiting() {
		return this.waiting.size();
	}

	/**
	 * Takes back the publishes still awaiting a PUBACK on a client that was closed, to be
	 * published again on the next connection. Paho keeps them for a resend on its own
	 * next connection, which never comes (each connection gets a fresh client), and never
	 * completes them.
	 */
	void abandon(MqttAsyncClient closed) {
		for (Pending publish : this.sent) {
			requeue(publish, closed);
		}
	}

	private boolean isConnected() {
		MqttAsyncClient mqtt = this.client.get();
		return mqtt != null && mqtt.isConnected();
	}

	private void send(Pending publish) {
		MqttAsyncClient mqtt = this.client.get();
		if (mqtt == null || !mqtt.isConnected()) {
			this.waiting.add(publish);
			return;
		}
		publish.on.set(mqtt);
		this.sent.add(publish);
		try {
			sendNow(mqtt, publish);
		}
		catch (MqttException ex) {
			if (CONNECTION_GONE.contains(ex.getReasonCode())) {
				requeue(publish, mqtt);
			}
			else {
				settle(publish, ex);
			}
		}
		catch (RuntimeException ex) {
			settle(publish, ex);
		}
	}

	/**
	 * Hands the message to Paho. Paho counts a publish as in flight until shortly after
	 * it ran the completion listener that released our permit, so a publish right after
	 * one completed can briefly find Paho's window full (32202). Such a publish was never
	 * sent and is tried again, instead of leaving its event unacknowledged on a live
	 * connection, where the broker would not redeliver it before the next reconnect.
	 */
	private void sendNow(MqttAsyncClient mqtt, Pending publish) throws MqttException {
		for (int attempt = 1;; attempt++) {
			try {
				// a message of its own for each client: Paho marks the one it took
				mqtt.publish(publish.topic, new MqttMessage(publish.payload, 1, publish.retained, null), null,
						new Listener(mqtt, publish));
				return;
			}
			catch (MqttException ex) {
				if (ex.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT
						|| attempt >= MAX_WINDOW_ATTEMPTS) {
					throw ex;
				}
				pause();
			}
		}
	}

	private static void pause() throws MqttException {
		try {
			Thread.sleep(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MqttException(ex);
		}
	}

	/** Moves a publish of a lost client to the waiting ones, once. */
	private void requeue(Pending publish, MqttAsyncClient lost) {
		if (!publish.settled.get() && publish.on.compareAndSet(lost, null)) {
			this.sent.remove(publish);
			this.waiting.add(publish);
		}
	}

	private void settle(Pending publish, @Nullable Throwable failure) {
		if (!publish.settled.compareAndSet(false, true)) {
			return;
		}
		this.sent.remove(publish);
		this.permits.release();
		if (failure == null) {
			publish.done.complete(null);
		}
		else {
			publish.done.completeExceptionally(failure);
		}
	}

	/** The outcome of one publish on one client. */
	private final class Listener implements MqttActionListener {

		private final MqttAsyncClient mqtt;

		private final Pending publish;

		Listener(MqttAsyncClient mqtt, Pending publish) {
			this.mqtt = mqtt;
			this.publish = publish;
		}

		@Override
		public void onSuccess(IMqttToken token) {
			int[] codes = token.getReasonCodes();
			if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
				settle(this.publish, new IllegalStateException("broker refused publish to " + this.publish.topic
						+ " [reason code: 0x" + Integer.toHexString(codes[0]) + "]"));
			}
			else {
				settle(this.publish, null);
			}
		}

		@Override
		public void onFailure(IMqttToken token, Throwable ex) {
			if (ex instanceof MqttException mqttException && CONNECTION_GONE.contains(mqttException.getReasonCode())) {
				requeue(this.publish, this.mqtt);
			}
			else {
				settle(this.publish, ex);
			}
		}

	}

	/**
	 * One publish until the broker acknowledged it, handed to one client after another;
	 * settled once.
	 */
	private static final class Pending {

		private final String topic;

		private final byte[] payload;

		private final boolean retained;

		private final CompletableFuture<Void> done;

		/** The client it was last handed to, none while waiting. */
		private final AtomicReference<@Nullable MqttAsyncClient> on = new AtomicReference<>();

		private final AtomicBoolean settled = new AtomicBoolean();

		Pending(String topic, byte[] payload, boolean retained, CompletableFuture<Void> done) {
			this.topic = topic;
			this.payload = payload;
			this.retained = retained;
			this.done = done;
		}

	}

}
