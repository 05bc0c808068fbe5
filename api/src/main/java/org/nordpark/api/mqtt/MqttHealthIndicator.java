package org.nordpark.api.mqtt;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Health of the MQTT connection ({@code /actuator/health} component {@code mqtt}). */
@Component("mqtt")
class MqttHealthIndicator extends AbstractHealthIndicator {

	private final MqttSubscriber subscriber;

	private final MqttProperties properties;

	MqttHealthIndicator(MqttSubscriber subscriber, MqttProperties properties) {
		this.subscriber = subscriber;
		this.properties = properties;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		(this.subscriber.isConnected() ? builder.up() : builder.down())
			.withDetail("broker", this.properties.brokerUri().toString())
			.withDetail("clientId", this.subscriber.clientId());
	}

}
