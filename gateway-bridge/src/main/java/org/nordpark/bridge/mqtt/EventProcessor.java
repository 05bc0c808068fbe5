package org.nordpark.bridge.mqtt;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.nordpark.bridge.BridgeProperties.PerSensorTopics;
import org.nordpark.bridge.system.BridgeMetrics;
import org.nordpark.bridge.uplink.EventHandler;
import org.nordpark.bridge.uplink.Outcome;
import org.nordpark.model.DeadLetter;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Reading;
import org.nordpark.model.Topics;
import org.nordpark.mqtt.Delivery;
import org.nordpark.mqtt.MqttPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one event into a reading or dead letter and acknowledges the event once the
 * broker acknowledged what carries it on: the batch on
 * {@code nordpark/v1/batches/readings} that holds the reading (and its per-sensor message
 * when those are {@code at-least-once}), or the dead letter. A publish cut off by a lost
 * connection is published again on the next one first. Runs on the callback thread of the
 * connection the event came on; blocks there while {@code max-outgoing} publishes await
 * acknowledgement.
 */
final class EventProcessor {

	private static final Logger log = LoggerFactory.getLogger(EventProcessor.class);

	static final String STAGE = "bridge";

	private final EventHandler handler;

	private final MqttPublisher publisher;

	private final ReadingBatcher batcher;

	private final PerSensorTopics perSensorTopics;

	private final BridgeMetrics metrics;

	EventProcessor(EventHandler handler, MqttPublisher publisher, ReadingBatcher batcher,
			PerSensorTopics perSensorTopics, BridgeMetrics metrics) {
		this.handler = handler;
		this.publisher = publisher;
		this.batcher = batcher;
		this.perSensorTopics = perSensorTopics;
		this.metrics = metrics;
	}

	void process(Delivery event) throws InterruptedException {
		Instant receivedAt = Instant.now();
		CompletableFuture<Void> done;
		try {
			Outcome outcome = this.handler.handle(event.topic(), event.payload(), receivedAt);
			if (outcome instanceof Outcome.Publish publish) {
				done = publish(publish.reading());
			}
			else if (outcome instanceof Outcome.Reject reject) {
				done = deadLetter(event, receivedAt, reject);
			}
			else {
				done = CompletableFuture.completedFuture(null);
			}
		}
		catch (RuntimeException ex) {
			log.error("event handling failed [topic: {}]", event.topic(), ex);
			done = deadLetter(event, receivedAt, new Outcome.Reject("internal-error", "internal error: " + ex, ""));
		}
		done.whenComplete((result, failure) -> {
			if (failure == null) {
				event.acknowledge();
			}
			else {
				log.warn("broker refused the publish; the event stays unacknowledged and comes again [topic: {}, "
						+ "reason: {}]", event.topic(), failure.toString());
				event.release();
			}
		});
	}

	private CompletableFuture<Void> publish(Reading reading) throws InterruptedException {
		// the broker-crash system test places every lost uplink by these two lines
		log.debug("publishing reading [sensorId: {}, kind: {}, uplinkId: {}]", reading.sensorId(), reading.kind(),
				reading.uplinkId());
		byte[] json = ModelJson.write(reading);
		CompletableFuture<Void> done = this.batcher.add(json);
		if (this.perSensorTopics != PerSensorTopics.OFF) {
			boolean atLeastOnce = this.perSensorTopics == PerSensorTopics.AT_LEAST_ONCE;
			CompletableFuture<Void> single = this.publisher.publish(Topics.readings(reading.kind(), reading.sensorId()),
					json, atLeastOnce ? 1 : 0, false);
			if (atLeastOnce) {
				done = CompletableFuture.allOf(done, single);
			}
		}
		return done.thenRun(() -> {
			this.metrics.published(reading.kind());
			log.debug("reading acknowledged by the broker [uplinkId: {}]", reading.uplinkId());
		});
	}

	private CompletableFuture<Void> deadLetter(Delivery event, Instant receivedAt, Outcome.Reject reject)
			throws InterruptedException {
		log.warn("dead-lettered event [devEui: {}, topic: {}, reason: {}]",
				reject.sensorId().isEmpty() ? "-" : reject.sensorId(), event.topic(), reject.reason());
		DeadLetter letter = DeadLetter.of(STAGE, reject.reason(), event.topic(), receivedAt, event.payload());
		return this.publisher.publish(Topics.deadLetter(STAGE), ModelJson.write(letter), 1, false)
			.thenRun(() -> this.metrics.deadLettered(reject.category()));
	}

}
