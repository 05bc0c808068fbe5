package org.nordpark.bridge.mqtt;

import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

import org.nordpark.bridge.catalog.CatalogListener;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes catalog entries retained on {@code nordpark/v1/sensors/{sensorId}}: all of
 * them after each (re)connect, and each new or changed entry while connected. Runs on its
 * own executor, never on Paho's callback thread.
 */
final class CatalogPublisher implements CatalogListener {

	private static final Logger log = LoggerFactory.getLogger(CatalogPublisher.class);

	private final SensorCatalog catalog;

	private final MqttPublisher publisher;

	private final ExecutorService executor;

	private final BooleanSupplier connected;

	CatalogPublisher(SensorCatalog catalog, MqttPublisher publisher, ExecutorService executor,
			BooleanSupplier connected) {
		this.catalog = catalog;
		this.publisher = publisher;
		this.executor = executor;
		this.connected = connected;
	}

	@Override
	public void changed(CatalogEntry entry) {
		if (this.connected.getAsBoolean()) {
			try {
				this.executor.execute(() -> publish(entry));
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				log.debug("catalog entry not published while stopping [sensorId: {}]", entry.sensorId());
			}
		}
	}

	/** Publishes every entry, e.g. after a (re)connect. */
	void publishAll() {
		this.executor.execute(() -> {
			this.catalog.entries().forEach(this::publish);
			log.info("catalog published [entries: {}]", this.catalog.entries().size());
		});
	}

	private void publish(CatalogEntry entry) {
		this.publisher.publish(Topics.sensor(entry.sensorId()), ModelJson.write(entry), true).exceptionally((ex) -> {
			log.warn("catalog entry not published [sensorId: {}, reason: {}]", entry.sensorId(), ex.toString());
			return null;
		});
	}

}
