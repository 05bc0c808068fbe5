package org.nordpark.bridge.uplink;

import org.nordpark.bridge.BridgeProperties;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.bridge.decoder.CodecObjectDecoder;
import org.nordpark.bridge.decoder.DeviceDecoders;
import org.nordpark.bridge.system.BridgeMetrics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the decoders and the event handler. */
@Configuration(proxyBeanMethods = false)
class UplinkConfiguration {

	@Bean
	DeviceDecoders deviceDecoders() {
		return DeviceDecoders.standard();
	}

	@Bean
	CodecObjectDecoder codecObjectDecoder(BridgeProperties properties) {
		return new CodecObjectDecoder(properties.codecMappings());
	}

	@Bean
	EventHandler eventHandler(SensorCatalog catalog, DeviceDecoders decoders, CodecObjectDecoder codecObjects,
			BridgeMetrics metrics) {
		return new EventHandler(catalog, decoders, codecObjects, metrics);
	}

}
