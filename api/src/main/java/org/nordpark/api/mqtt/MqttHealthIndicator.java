package org.nordpark.api.mqtt;

import org.nordpark.mqtt.MqttSettings;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health of the MQTT connection ({@code /actuator/health} component {@code mqtt}). */
@Component("mqtt")
class MqttHealthIndicator implements HealthIndicator {

	private final MqttSubscriber subscriber;

	private final MqttSettings settings;

	MqttHealthIndicator(MqttSubscriber subscriber, MqttSettings settings) {
		this.subscriber = subscriber;
		this.settings = settings;
	}

	@Override
	public Health health() {
		return (this.subscriber.link().isReady() ? Health.up() : Health.down())
			.withDetail("broker", this.settings.brokerUri().toString())
			.withDetail("clientId", this.subscriber.clientId())
			.withDetail("reconnects", this.subscriber.link().reconnects())
			.build();
	}

}
