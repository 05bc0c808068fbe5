package org.nordpark.ingest.mqtt;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.jspecify.annotations.Nullable;
import org.nordpark.model.DeadLetter;
import org.nordpark.model.ModelJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a message ingest cannot store to {@code nordpark/v1/deadletter/ingest} (QoS
 * 1) and runs the follow-up (the acknowledgement of the original) once the broker has the
 * dead letter.
 */
final class DeadLetterPublisher {

	/** The stage name in dead letters and their topic. */
	static final String STAGE = "ingest";

	private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

	private static final int BUSY_RETRIES = 2000;

	private final Supplier<@Nullable MqttAsyncClient> client;

	private final String topic;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "mqtt-deadletters");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * @param client the client of the current connection (a new one after each reconnect)
	 * @param topic the dead-letter topic
	 */
	DeadLetterPublisher(Supplier<@Nullable MqttAsyncClient> client, String topic) {
		this.client = client;
		this.topic = topic;
	}

	/**
	 * Publishes what is queued (for a few seconds at most) and stops the publishing
	 * thread; originals of dead letters not published are not acknowledged.
	 */
	void close() {
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(5, TimeUnit.SECONDS)) {
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.executor.shutdownNow();
		}
	}

	String topic() {
		return this.topic;
	}

	/**
	 * Publishes the dead letter; {@code onPublished} runs after the broker's PUBACK. On
	 * failure nothing runs, so the original stays unacknowledged and comes again.
	 */
	void publish(Delivery delivery, String reason, Runnable onPublished) {
		log.warn("dead-lettered reading [topic: {}, reason: {}]", delivery.topic(), reason);
		try {
			this.executor.execute(() -> send(delivery, reason, onPublished));
		}
		catch (RejectedExecutionException ex) {
			// stopping: the original is not acknowledged and comes again
		}
	}

	private void send(Delivery delivery, String reason, Runnable onPublished) {
		byte[] payload = ModelJson
			.write(DeadLetter.of(STAGE, reason, delivery.topic(), Instant.now(), delivery.payload()));
		MqttActionListener listener = new MqttActionListener() {

			@Override
			public void onSuccess(IMqttToken token) {
				onPublished.run();
			}

			@Override
			public void onFailure(IMqttToken token, Throwable failure) {
				log.warn("cannot publish dead letter, the reading will come again [topic: {}, error: {}]",
						DeadLetterPublisher.this.topic, failure.getMessage());
			}

		};
		for (int attempt = 0;; attempt++) {
			try {
				MqttAsyncClient mqtt = this.client.get();
				if (mqtt == null) {
					throw new MqttException(MqttClientException.REASON_CODE_CLIENT_NOT_CONNECTED);
				}
				mqtt.publish(this.topic, payload, 1, false, null, listener);
				return;
			}
			catch (MqttException ex) {
				if (ex.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT || attempt >= BUSY_RETRIES) {
					log.warn("cannot publish dead letter, the reading will come again [topic: {}, error: {}]",
							this.topic, ex.getMessage());
					return;
				}
				// the broker's receive maximum is reached: wait for PUBACKs
				if (!pause()) {
					return;
				}
			}
		}
	}

	private static boolean pause() {
		try {
			Thread.sleep(5);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
