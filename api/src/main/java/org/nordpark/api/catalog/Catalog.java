package org.nordpark.api.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.nordpark.api.mqtt.MqttMessageHandler;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InvalidMessageException;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The sensor catalog, kept current from the retained {@code nordpark/v1/sensors/+}
 * messages the bridge publishes. An empty retained message removes a sensor; an invalid
 * one is logged and ignored.
 */
@Component
public class Catalog implements MqttMessageHandler {

	private static final Logger log = LoggerFactory.getLogger(Catalog.class);

	private final Map<String, CatalogEntry> entries = new ConcurrentHashMap<>();

	@Override
	public String filter() {
		return Topics.SENSORS_ALL;
	}

	@Override
	public void handle(String topic, byte[] payload, boolean retained) {
		Optional<String> sensorId = Topics.sensorIdOfCatalogTopic(topic);
		if (sensorId.isEmpty()) {
			log.warn("ignored catalog message on unexpected topic [topic: {}]", topic);
			return;
		}
		if (payload.length == 0) {
			if (this.entries.remove(sensorId.get()) != null) {
				log.info("sensor removed from catalog [sensorId: {}]", sensorId.get());
			}
			return;
		}
		try {
			CatalogEntry entry = ModelJson.readCatalogEntry(payload);
			if (!entry.sensorId().equals(sensorId.get())) {
				log.warn("ignored catalog entry for another sensor [topic: {}, sensorId: {}]", topic, entry.sensorId());
				return;
			}
			this.entries.put(entry.sensorId(), entry);
			log.debug("catalog entry received [sensorId: {}, kind: {}, zone: {}]", entry.sensorId(), entry.kind(),
					entry.zone());
		}
		catch (InvalidMessageException ex) {
			log.warn("ignored invalid catalog entry [topic: {}, reason: {}]", topic, ex.getMessage());
		}
	}

	/** Every entry, ordered by sensor id. */
	public List<CatalogEntry> entries() {
		return this.entries.values().stream().sorted(Comparator.comparing(CatalogEntry::sensorId)).toList();
	}

	public Optional<CatalogEntry> entry(String sensorId) {
		return Optional.ofNullable(this.entries.get(sensorId));
	}

	public int size() {
		return this.entries.size();
	}

}
