package org.nordpark.bridge.mqtt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
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
		mqtt.publish(topic, message, null, new MqttActionListener() {

			@Override
			public void onSuccess(IMqttToken token) {
				MqttPublisher.this.permits.release();
				int[] codes = token.getReasonCodes();
				if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
					done.completeExceptionally(new IllegalStateException("broker refused publish to " + topic
							+ " [reason code: 0x" + Integer.toHexString(codes[0]) + "]"));
				}
				else {
					done.complete(null);
				}
			}

			@Override
			public void onFailure(IMqttToken token, Throwable ex) {
				MqttPublisher.this.permits.release();
				done.completeExceptionally(ex);
			}

		});
	}

}
