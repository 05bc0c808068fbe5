package org.nordpark.bridge;

import java.util.Map;

import org.nordpark.bridge.decoder.CodecMapping;
import org.nordpark.model.Topics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
 */
@ConfigurationProperties("nordpark.bridge")
public record BridgeProperties(@DefaultValue Map<String, CodecMapping> codecMappings,
		@DefaultValue("true") boolean learnFromEvents, @DefaultValue(Topics.CHIRPSTACK_EVENTS) String topicFilter,
		@DefaultValue("true") boolean publishCatalog) {

}
