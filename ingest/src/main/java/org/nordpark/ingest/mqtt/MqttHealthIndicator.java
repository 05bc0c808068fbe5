package org.nordpark.ingest.mqtt;

import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the MQTT side ({@code mqtt}): UP while connected and subscribed, with the
 * subscription, the time of the current connection and the number of reconnects.
 */
final class MqttHealthIndicator implements HealthIndicator {

	private final ReadingSubscriber subscriber;

	private final MqttProperties properties;

	MqttHealthIndicator(ReadingSubscriber subscriber, MqttProperties properties) {
		this.subscriber = subscriber;
		this.properties = properties;
	}

	@Override
	public Health health() {
		Health.Builder health = this.subscriber.isSubscribed() ? Health.up() : Health.down();
		health.withDetail("broker", this.properties.brokerUri().toString())
			.withDetail("clientId", this.properties.clientId())
			.withDetail("subscription", this.subscriber.filter())
			.withDetail("connected", this.subscriber.isConnected())
			.withDetail("subscribed", this.subscriber.isSubscribed())
			.withDetail("receiveMaximum", this.properties.receiveMaximum())
			.withDetail("reconnects", this.subscriber.reconnects());
		Instant since = this.subscriber.connectedSince();
		if (since != null) {
			health.withDetail("connectedSince", since.toString());
		}
		String lastDisconnect = this.subscriber.lastDisconnect();
		if (lastDisconnect != null) {
			health.withDetail("lastDisconnect", lastDisconnect);
		}
		return health.build();
	}

}
