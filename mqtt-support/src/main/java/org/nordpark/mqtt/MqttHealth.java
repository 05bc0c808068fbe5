package org.nordpark.mqtt;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code mqtt} health of a service: up while every consuming connection is connected
 * with its subscription confirmed and the publishing connection (if any) is connected;
 * with the broker, the counts of both sides (deliveries, duplicates, held, published,
 * republished) and the reconnects.
 */
public final class MqttHealth {

	private MqttHealth() {
	}

	public static HealthIndicator of(MqttSettings settings, @Nullable MqttConsumer consumer,
			@Nullable MqttPublisher publisher) {
		return () -> {
			boolean up = (consumer == null || consumer.isReady()) && (publisher == null || publisher.isConnected());
			Health.Builder health = up ? Health.up() : Health.down();
			health.withDetail("broker", settings.brokerUri().toString())
				.withDetail("clientId", settings.clientId())
				.withDetail("bulkDecoding", PahoDecoding.isBulk());
			if (consumer != null) {
				health.withDetails(consumer.details());
			}
			if (publisher != null) {
				Map<String, Object> details = publisher.details();
				health.withDetail("publisher", details);
			}
			return health.build();
		};
	}

}
