package org.nordpark.api.sta.mqtt;

import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.nordpark.mqtt.MqttPublisher;
import org.nordpark.mqtt.MqttSettings;
import org.nordpark.mqtt.MqttSockets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Publishes SensorThings messages on a publishing connection of the shared transport
 * ({@link MqttPublisher}, client id {@code <client-id>-sta-<random>}), QoS 0 and not
 * retained, as STA's MQTT extension expects. While the broker is away messages are
 * dropped and counted ({@code nordpark.api.sta.mqtt.dropped}).
 */
@Component
@ConditionalOnProperty(name = "nordpark.sta.mqtt-enabled", havingValue = "true", matchIfMissing = true)
class MqttStaMessagePublisher implements StaMessagePublisher, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MqttStaMessagePublisher.class);

	private final MqttPublisher publisher;

	private final Counter published;

	private final Counter dropped;

	private volatile boolean running;

	MqttStaMessagePublisher(MqttSettings settings, SslBundles sslBundles, MeterRegistry meters) {
		this.publisher = new MqttPublisher(settings,
				settings.clientId() + "-sta-" + UUID.randomUUID().toString().substring(0, 8),
				MqttSockets.forBroker(settings, sslBundles));
		this.published = Counter.builder("nordpark.api.sta.mqtt.published")
			.description("SensorThings Observations published on MQTT")
			.register(meters);
		this.dropped = Counter.builder("nordpark.api.sta.mqtt.dropped")
			.description("SensorThings Observations not published because the broker was away")
			.register(meters);
	}

	@Override
	public void publish(String topic, byte[] payload) {
		if (!this.publisher.isConnected()) {
			this.dropped.increment();
			return;
		}
		try {
			this.publisher.publish(topic, payload, 0, false).whenComplete((result, failure) -> {
				if (failure == null) {
					this.published.increment();
				}
				else {
					this.dropped.increment();
					log.debug("SensorThings observation not published [topic: {}, reason: {}]", topic,
							failure.getMessage());
				}
			});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.dropped.increment();
		}
	}

	@Override
	public void start() {
		this.publisher.start();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.publisher.stop(2000);
	}

	/** Whether the publishing connection is up (for tests and health). */
	boolean isConnected() {
		return this.publisher.isConnected();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
