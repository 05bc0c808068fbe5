package org.nordpark.bridge;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.nordpark.bridge.decoder.CodecMapping;
import org.nordpark.model.Topics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Pipeline settings ({@code nordpark.bridge}).
 *
 * @param codecMappings per model id without a native decoder: its kind and which keys of
 * ChirpStack's codec {@code object} become which fields
 * @param learnFromEvents whether devices missing from the catalog are added from the
 * device info of their events (profile name, tags)
 * @param topicFilter ChirpStack event topics to subscribe to
 * @param publishCatalog whether to publish each catalog entry retained on
 * {@code nordpark/v1/sensors/{sensorId}}
 * @param batch how readings are gathered into messages on
 * {@code nordpark/v1/batches/readings}, the at-least-once feed ingest reads
 * @param perSensorTopics how each reading is also published on its own topic
 * {@code nordpark/v1/readings/{kind}/{sensorId}} for live views and other systems
 */
@ConfigurationProperties("nordpark.bridge")
@Validated
public record BridgeProperties(@DefaultValue Map<String, CodecMapping> codecMappings,
		@DefaultValue("true") boolean learnFromEvents, @DefaultValue(Topics.CHIRPSTACK_EVENTS) String topicFilter,
		@DefaultValue("true") boolean publishCatalog, @DefaultValue @Valid Batch batch,
		@DefaultValue("off") PerSensorTopics perSensorTopics) {

	/**
	 * Batches of readings: one goes out when it holds {@code maxReadings} or
	 * {@code maxBytes}, or {@code linger} after its first reading.
	 *
	 * @param maxReadings readings per message at most
	 * @param maxBytes payload bytes per message at most (a single larger reading still
	 * goes out alone)
	 * @param linger how long the first reading of a batch waits for others
	 */
	public record Batch(@DefaultValue("500") @Min(1) @Max(10000) int maxReadings,
			@DefaultValue("262144") @Min(1024) int maxBytes, @DefaultValue("20ms") Duration linger) {

	}

	/** How readings are published on their per-sensor topics. */
	public enum PerSensorTopics {

		/**
		 * QoS 1, and an event is acknowledged only once both its batch and its per-sensor
		 * message are with the broker.
		 */
		AT_LEAST_ONCE,

		/**
		 * QoS 0: for live views (the api's stream and live page, dashboards, other
		 * systems' displays); a broker crash or disconnect may lose some. The batch topic
		 * stays at-least-once.
		 */
		LIVE,

		/** Not published; only the batch topic. */
		OFF

	}

}
