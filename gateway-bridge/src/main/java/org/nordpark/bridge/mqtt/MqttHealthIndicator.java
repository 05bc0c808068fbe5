package org.nordpark.bridge.mqtt;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MQTT health: up while connected to the broker with the subscription confirmed, with the
 * events in flight and the reconnects since start.
 */
class MqttHealthIndicator extends AbstractHealthIndicator {

	private final MqttBridge bridge;

	private final MqttProperties properties;

	MqttHealthIndicator(MqttBridge bridge, MqttProperties properties) {
		this.bridge = bridge;
		this.properties = properties;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("broker", this.properties.brokerUri().toString())
			.withDetail("clientId", this.properties.clientId())
			.withDetail("subscription", this.properties.subscription())
			.withDetail("inFlight", this.bridge.inFlight())
			.withDetail("reconnects", this.bridge.reconnects())
			.withDetail("overflows", this.bridge.overflows())
			.withDetail("awaitingConnection", this.bridge.awaitingConnection());
		if (this.bridge.isSubscribed()) {
			builder.up();
		}
		else {
			builder.down();
		}
	}

}
