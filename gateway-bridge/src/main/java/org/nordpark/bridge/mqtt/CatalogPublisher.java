package org.nordpark.bridge.mqtt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.nordpark.bridge.catalog.CatalogListener;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Topics;
import org.nordpark.mqtt.MqttPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes catalog entries retained on {@code nordpark/v1/sensors/{sensorId}}: all of
 * them after each (re)connect, and each new or changed entry. Runs on its own thread,
 * never on Paho's.
 */
final class CatalogPublisher implements CatalogListener {

	private static final Logger log = LoggerFactory.getLogger(CatalogPublisher.class);

	private final SensorCatalog catalog;

	private final MqttPublisher publisher;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "bridge-catalog");
		thread.setDaemon(true);
		return thread;
	});

	CatalogPublisher(SensorCatalog catalog, MqttPublisher publisher) {
		this.catalog = catalog;
		this.publisher = publisher;
	}

	@Override
	public void changed(CatalogEntry entry) {
		if (this.publisher.isConnected()) {
			run(() -> publish(entry));
		}
	}

	/** Publishes every entry, e.g. after a (re)connect. */
	void publishAll() {
		run(() -> {
			this.catalog.entries().forEach(this::publish);
			log.info("catalog published [entries: {}]", this.catalog.entries().size());
		});
	}

	void close() {
		this.executor.shutdownNow();
	}

	private void run(Runnable task) {
		try {
			this.executor.execute(task);
		}
		catch (RejectedExecutionException ex) {
			log.debug("catalog not published while stopping");
		}
	}

	private void publish(CatalogEntry entry) {
		try {
			this.publisher.publish(Topics.sensor(entry.sensorId()), ModelJson.write(entry), 1, true)
				.exceptionally((ex) -> {
					log.warn("catalog entry not published [sensorId: {}, reason: {}]", entry.sensorId(), ex.toString());
					return null;
				});
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
