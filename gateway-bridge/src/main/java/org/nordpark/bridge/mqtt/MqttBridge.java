package org.nordpark.bridge.mqtt;

import org.jspecify.annotations.Nullable;
import org.nordpark.bridge.BridgeProperties;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.bridge.system.BridgeMetrics;
import org.nordpark.bridge.uplink.EventHandler;
import org.nordpark.model.Topics;
import org.nordpark.mqtt.MqttConsumer;
import org.nordpark.mqtt.MqttPublisher;
import org.nordpark.mqtt.MqttSettings;
import org.nordpark.mqtt.MqttSockets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;

/**
 * The bridge's MQTT side: ChirpStack events come in on {@code consumers} connections with
 * persistent sessions, readings (in batches, and on their per-sensor topics) and dead
 * letters go out on a connection of their own ({@code -pub}). Each event is handled on
 * the callback thread of the connection it came on and acknowledged there once the broker
 * acknowledged its reading or dead letter (docs/design.md §6–7).
 * <p>
 * Stopping stops taking events, waits for those in hand, then disconnects; events not
 * acknowledged are delivered again.
 */
class MqttBridge implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MqttBridge.class);

	private final MqttSettings settings;

	private final MqttConsumer consumer;

	private final MqttPublisher publisher;

	private final ReadingBatcher batcher;

	private final @Nullable CatalogPublisher catalogPublisher;

	private final SensorCatalog catalog;

	private volatile boolean running;

	MqttBridge(MqttSettings settings, BridgeProperties bridge, EventHandler handler, SensorCatalog catalog,
			BridgeMetrics metrics, @Nullable SslBundles sslBundles) {
		this.settings = settings;
		this.catalog = catalog;
		javax.net.SocketFactory sockets = MqttSockets.forBroker(settings, sslBundles);
		this.publisher = new MqttPublisher(settings, settings.clientId() + "-pub", sockets);
		this.batcher = new ReadingBatcher(this.publisher, Topics.READING_BATCHES, bridge.batch());
		EventProcessor processor = new EventProcessor(handler, this.publisher, this.batcher, bridge.perSensorTopics(),
				metrics);
		this.consumer = new MqttConsumer(settings, bridge.topicFilter(), true, sockets, processor::process);
		this.catalogPublisher = bridge.publishCatalog() ? new CatalogPublisher(catalog, this.publisher) : null;
	}

	@Override
	public void start() {
		CatalogPublisher catalogPublisher = this.catalogPublisher;
		if (catalogPublisher != null) {
			this.catalog.addListener(catalogPublisher);
			this.publisher.whenConnected(catalogPublisher::publishAll);
		}
		this.publisher.start();
		this.batcher.start();
		this.consumer.start();
		this.running = true;
	}

	@Override
	public void stop() {
		long timeout = this.settings.shutdownTimeout().toMillis();
		// the batcher's timer sends what lingers while the consumer waits for it
		this.consumer.stop(timeout);
		this.batcher.stop();
		if (!this.publisher.stop(timeout)) {
			log.warn("stopping with readings not acknowledged by the broker; their events are delivered again "
					+ "[pending: {}]", this.publisher.pending());
		}
		CatalogPublisher catalogPublisher = this.catalogPublisher;
		if (catalogPublisher != null) {
			catalogPublisher.close();
		}
		this.running = false;
		log.info("MQTT stopped [clientId: {}]", this.settings.clientId());
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	MqttConsumer consumer() {
		return this.consumer;
	}

	MqttPublisher publisher() {
		return this.publisher;
	}

	/** Whether events can come in and readings go out. */
	boolean isReady() {
		return this.consumer.isReady() && this.publisher.isConnected();
	}

}
