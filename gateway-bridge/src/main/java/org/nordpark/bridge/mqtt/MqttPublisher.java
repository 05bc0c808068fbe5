package org.nordpark.bridge.mqtt;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
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
 */
final class MqttPublisher {

	/** Tries while Paho's window is briefly full (about 5 s). */
	private static final int MAX_WINDOW_ATTEMPTS = 5000;

	private final Supplier<@Nullable MqttAsyncClient> client;

	private final Semaphore permits;

	/** Publishes awaiting their PUBACK, by the client they were handed to. */
	private final Map<MqttAsyncClient, Set<Pending>> pending = new ConcurrentHashMap<>();

	/**
	 * @param client the client of the current connection (a new one after each
	 * reconnect), none before the first
	 * @param maxOutgoing publishes awaiting acknowledgement at once
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
		MqttMessage message = new MqttMessage(payload, 1, retained, null);
		try {
			send(topic, message, done);
		}
		catch (MqttException | RuntimeException ex) {
			this.permits.release();
			done.completeExceptionally(ex);
		}
		return done;
	}

	/**
	 * Hands the message to Paho. Paho counts a publish as in flight until shortly after
	 * it ran the completion listener that released our permit, so a publish right after
	 * one completed can briefly find Paho's window full (32202). Such a publish was never
	 * sent and is tried again, instead of leaving its event unacknowledged on a live
	 * connection, where the broker would not redeliver it before the next reconnect.
	 */
	private void send(String topic, MqttMessage message, CompletableFuture<Void> done) throws MqttException {
		for (int attempt = 1;; attempt++) {
			try {
				publishNow(topic, message, done);
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

	private void publishNow(String topic, MqttMessage message, CompletableFuture<Void> done) throws MqttException {
		MqttAsyncClient mqtt = this.client.get();
		if (mqtt == null) {
			throw new MqttException(MqttClientException.REASON_CODE_CLIENT_NOT_CONNECTED);
		}
		Pending publish = new Pending(done);
		Set<Pending> ofClient = this.pending.computeIfAbsent(mqtt, (key) -> ConcurrentHashMap.newKeySet());
		ofClient.add(publish);
		try {
			mqtt.publish(topic, message, null, new MqttActionListener() {

				@Override
				public void onSuccess(IMqttToken token) {
					int[] codes = token.getReasonCodes();
					if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
						settle(ofClient, publish, new IllegalStateException("broker refused publish to " + topic
								+ " [reason code: 0x" + Integer.toHexString(codes[0]) + "]"));
					}
					else {
						settle(ofClient, publish, null);
					}
				}

				@Override
				public void onFailure(IMqttToken token, Throwable ex) {
					settle(ofClient, publish, ex);
				}

			});
		}
		catch (MqttException | RuntimeException ex) {
			// not handed over: the caller releases the permit
			ofClient.remove(publish);
			throw ex;
		}
	}

	/**
	 * Fails the publishes still awaiting a PUBACK on a client that was closed. Paho keeps
	 * them for a resend on its own next connection and never completes them, which held
	 * their permits forever: after a reconnect the bridge stopped publishing once
	 * {@code maxOutgoing} permits were lost. Their events stay unacknowledged and come
	 * again on the new connection.
	 */
	void abandon(MqttAsyncClient closed) {
		Set<Pending> ofClient = this.pending.remove(closed);
		if (ofClient != null) {
			for (Pending publish : ofClient) {
				settle(ofClient, publish, new MqttException(MqttClientException.REASON_CODE_CONNECTION_LOST));
			}
		}
	}

	private void settle(Set<Pending> ofClient, Pending publish, @Nullable Throwable failure) {
		if (!publish.settled.compareAndSet(false, true)) {
			return;
		}
		ofClient.remove(publish);
		this.permits.release();
		if (failure == null) {
			publish.done.complete(null);
		}
		else {
			publish.done.completeExceptionally(failure);
		}
	}

	/** One publish handed to Paho; settled once, by Paho or by {@link #abandon}. */
	private static final class Pending {

		private final CompletableFuture<Void> done;

		private final AtomicBoolean settled = new AtomicBoolean();

		Pending(CompletableFuture<Void> done) {
			this.done = done;
		}

	}

}
