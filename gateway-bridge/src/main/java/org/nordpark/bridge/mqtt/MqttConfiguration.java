package org.nordpark.bridge.mqtt;

import org.nordpark.bridge.BridgeProperties;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.bridge.system.BridgeMetrics;
import org.nordpark.bridge.uplink.EventHandler;
import org.nordpark.mqtt.MqttHealth;
import org.nordpark.mqtt.MqttSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the MQTT side and its health ({@code mqtt}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MqttSettings.class)
class MqttConfiguration {

	@Bean
	MqttBridge mqttBridge(MqttSettings settings, BridgeProperties bridge, EventHandler handler, SensorCatalog catalog,
			BridgeMetrics metrics, ObjectProvider<SslBundles> sslBundles) {
		return new MqttBridge(settings, bridge, handler, catalog, metrics, sslBundles.getIfAvailable());
	}

	@Bean
	HealthIndicator mqttHealthIndicator(MqttBridge bridge, MqttSettings settings) {
		return MqttHealth.of(settings, bridge.consumer(), bridge.publisher());
	}

}
