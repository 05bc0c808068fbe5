package org.nordpark.api.sta;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One snapshot of every entity but the Observations, derived from the catalog, the site
 * manifest and the series in InfluxDB. Immutable; {@link StaModelSource} derives a new
 * one after {@code nordpark.sta.model-ttl}.
 *
 * @param entities type to id to entity, in id order
 * @param datastreams Datastream id to its series
 * @param datastreamIds Datastream key ({@link DatastreamSource#key}) to id
 */
record StaModel(Map<EntityType, Map<Long, StaEntity>> entities, Map<Long, DatastreamSource> datastreams,
		Map<String, Long> datastreamIds) {

	Collection<StaEntity> all(EntityType type) {
		return this.entities.getOrDefault(type, Map.of()).values();
	}

	Optional<StaEntity> find(EntityType type, long id) {
		return Optional.ofNullable(this.entities.getOrDefault(type, Map.of()).get(id));
	}

	Optional<DatastreamSource> datastream(long id) {
		return Optional.ofNullable(this.datastreams.get(id));
	}

	/** The Datastreams whose Observations have the given FeatureOfInterest. */
	List<DatastreamSource> datastreamsOfFeature(long featureId) {
		return this.datastreams.values().stream().filter((d) -> d.featureId() == featureId).toList();
	}

}
