package org.nordpark.simulator.run;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.nordpark.mqtt.MqttPublisher;
import org.nordpark.mqtt.MqttSettings;
import org.nordpark.mqtt.MqttSockets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.SslBundles;

/**
 * Publishes events as ChirpStack's MQTT integration does: QoS 1, not retained, through
 * the shared {@link MqttPublisher}. At most {@code nordpark.mqtt.max-outgoing} publishes
 * wait for their acknowledgement, so a backfill runs exactly as fast as the broker takes
 * messages; what a lost connection left unacknowledged is published again on the next
 * one, so nothing is lost while the broker is away.
 */
final class MqttEventPublisher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MqttEventPublisher.class);

	private final MqttPublisher publisher;

	private final MqttSettings settings;

	MqttEventPublisher(MqttSettings settings, SslBundles sslBundles) {
		this.settings = settings;
		this.publisher = new MqttPublisher(settings, settings.clientId(), MqttSockets.forBroker(settings, sslBundles));
	}

	/** Connects, waiting until the broker answers or the thread is interrupted. */
	void connect() throws InterruptedException {
		this.publisher.start();
		while (!this.publisher.isConnected()) {
			TimeUnit.MILLISECONDS.sleep(100);
		}
		log.info("connected to {} as {}", this.settings.brokerUri(), this.settings.clientId());
	}

	/** Messages the broker has acknowledged. */
	long acknowledged() {
		return this.publisher.acknowledged();
	}

	/** Publishes one event; blocks while the window is full. */
	void publish(OutgoingEvent event) throws InterruptedException {
		this.publisher.publish(event.topic(), event.payload(), 1, false);
	}

	/** Waits until every publish is acknowledged. */
	boolean flush(Duration timeout) {
		return this.publisher.flush(timeout.toMillis());
	}

	@Override
	public void close() {
		this.publisher.stop(5000);
	}

}
