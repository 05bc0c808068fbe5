package org.nordpark.bridge;

import java.time.Duration;
import java.util.Map;

import org.nordpark.bridge.decoder.CodecMapping;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pipeline settings ({@code nordpark.bridge}).
 *
 * @param codecMappings per model id without a native decoder: its kind and which keys of
 * ChirpStack's codec {@code object} become which fields
 * @param learnFromEvents whether devices missing from the catalog are added from the
 * device info of their events (profile name, tags)
 * @param publishTimeout how long to wait for the broker to acknowledge a reading before
 * the uplink is left unacknowledged for redelivery
 * @param workers threads that decode and publish
 * @param publishCatalog whether to publish each catalog entry retained on
 * {@code nordpark/v1/sensors/{sensorId}}
 */
@ConfigurationProperties("nordpark.bridge")
public record BridgeProperties(@DefaultValue Map<String, CodecMapping> codecMappings,
		@DefaultValue("true") boolean learnFromEvents, @DefaultValue("30s") Duration publishTimeout,
		@DefaultValue("2") int workers, @DefaultValue("true") boolean publishCatalog) {

}
