package org.nordpark.bridge.mqtt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/**
 * Publishes with QoS 1 and completes when the broker acknowledged (PUBACK). At most
 * {@code maxOutgoing} publishes wait for acknowledgement at once, so Paho's in-flight
 * window is never overrun; callers block for a permit (never on Paho's callback thread).
 */
final class MqttPublisher {

	private final MqttAsyncClient client;

	private final Semaphore permits;

	MqttPublisher(MqttAsyncClient client, int maxOutgoing) {
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
			this.client.publish(topic, message, null, new MqttActionListener() {

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
		catch (MqttException | RuntimeException ex) {
			this.permits.release();
			done.completeExceptionally(ex);
		}
		return done;
	}

}
