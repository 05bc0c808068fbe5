package org.nordpark.api.sta;

import java.util.List;
import java.util.Map;

/**
 * One SensorThings entity: its own properties (values are JSON-like: strings, numbers,
 * maps, lists, {@link java.time.Instant}s and {@link TimeInterval}s) and the ids of its
 * related entities by navigation property. Observations and the Observations of a
 * Datastream or FeatureOfInterest are not held here; they are read from InfluxDB.
 *
 * @param type the entity type
 * @param id the {@code @iot.id}
 * @param properties property name to value, in output order
 * @param links navigation property name to related ids
 */
record StaEntity(EntityType type, long id, Map<String, Object> properties, Map<String, List<Long>> links) {

	List<Long> related(String navigation) {
		return this.links.getOrDefault(navigation, List.of());
	}

}
