package org.nordpark.bridge.mqtt;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.nordpark.bridge.system.BridgeMetrics;
import org.nordpark.bridge.uplink.EventHandler;
import org.nordpark.bridge.uplink.Outcome;
import org.nordpark.model.DeadLetter;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Reading;
import org.nordpark.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes one event on a worker thread: handles it, publishes the reading or dead
 * letter with QoS 1 and acknowledges the event only once the broker acknowledged that
 * publish. A publish that fails or times out leaves the event unacknowledged, so the
 * broker delivers it again; a publish cut off by a lost connection is published again on
 * the next one ({@link MqttPublisher}).
 */
final class EventProcessor {

	private static final Logger log = LoggerFactory.getLogger(EventProcessor.class);

	static final String STAGE = "bridge";

	private final EventHandler handler;

	private final MqttPublisher publisher;

	private final BridgeMetrics metrics;

	private final Duration publishTimeout;

	private final Consumer<MqttBridge.Event> acknowledge;

	EventProcessor(EventHandler handler, MqttPublisher publisher, BridgeMetrics metrics, Duration publishTimeout,
			Consumer<MqttBridge.Event> acknowledge) {
		this.handler = handler;
		this.publisher = publisher;
		this.metrics = metrics;
		this.publishTimeout = publishTimeout;
		this.acknowledge = acknowledge;
	}

	/** Processes an event; the future completes when it is acknowledged or left. */
	CompletableFuture<Void> process(String topic, MqttBridge.Event event) {
		MqttMessage message = event.message();
		Instant receivedAt = Instant.now();
		CompletableFuture<Void> done;
		try {
			Outcome outcome = this.handler.handle(topic, message.getPayload(), receivedAt);
			if (outcome instanceof Outcome.Publish publish) {
				done = publish(publish.reading());
			}
			else if (outcome instanceof Outcome.Reject reject) {
				done = deadLetter(topic, message, receivedAt, reject);
			}
			else {
				done = CompletableFuture.completedFuture(null);
			}
		}
		catch (RuntimeException ex) {
			log.error("event handling failed [topic: {}]", topic, ex);
			done = deadLetter(topic, message, receivedAt,
					new Outcome.Reject("internal-error", "internal error: " + ex, ""));
		}
		return done.orTimeout(this.publishTimeout.toMillis(), TimeUnit.MILLISECONDS).handle((result, failure) -> {
			if (failure == null) {
				this.acknowledge.accept(event);
			}
			else {
				log.warn(
						"publish not acknowledged by the broker in time; the event stays unacknowledged and will be "
								+ "redelivered [topic: {}, reason: {}, setting: nordpark.bridge.publish-timeout]",
						topic, failure.toString());
			}
			return null;
		});
	}

	private CompletableFuture<Void> publish(Reading reading) {
		log.debug("publishing reading [sensorId: {}, kind: {}, uplinkId: {}]", reading.sensorId(), reading.kind(),
				reading.uplinkId());
		return this.publisher
			.publish(Topics.readings(reading.kind(), reading.sensorId()), ModelJson.write(reading), false)
			.thenRun(() -> {
				this.metrics.published(reading.kind().id());
				log.debug("reading acknowledged by the broker [uplinkId: {}]", reading.uplinkId());
			});
	}

	private CompletableFuture<Void> deadLetter(String topic, MqttMessage message, Instant receivedAt,
			Outcome.Reject reject) {
		log.warn("dead-lettered event [devEui: {}, topic: {}, reason: {}]",
				reject.sensorId().isEmpty() ? "-" : reject.sensorId(), topic, reject.reason());
		DeadLetter letter = DeadLetter.of(STAGE, reject.reason(), topic, receivedAt, message.getPayload());
		return this.publisher.publish(Topics.deadLetter(STAGE), ModelJson.write(letter), false)
			.thenRun(() -> this.metrics.deadLettered(reject.category()));
	}

}
