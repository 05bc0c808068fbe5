package org.nordpark.bridge.mqtt;

import org.nordpark.bridge.BridgeProperties;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.bridge.system.BridgeMetrics;
import org.nordpark.bridge.uplink.EventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the MQTT client and its health. */
@Configuration(proxyBeanMethods = false)
class MqttConfiguration {

	@Bean
	MqttBridge mqttBridge(MqttProperties properties, BridgeProperties bridge, EventHandler handler,
			SensorCatalog catalog, BridgeMetrics metrics, ObjectProvider<SslBundles> sslBundles) {
		return new MqttBridge(properties, bridge, handler, catalog, metrics, sslBundles.getIfAvailable());
	}

	@Bean
	MqttHealthIndicator mqttHealthIndicator(MqttBridge bridge, MqttProperties properties) {
		return new MqttHealthIndicator(bridge, properties);
	}

}
