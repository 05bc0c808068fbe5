package org.nordpark.api.sta;

import java.util.List;

/** What a resource path addresses: one entity or a collection. */
sealed interface Target {

	/**
	 * One entity.
	 *
	 * @param entity the entity
	 */
	record One(StaEntity entity) implements Target {

	}

	/**
	 * A collection: entities held in the model, or the Observations of Datastreams.
	 *
	 * @param type the entity type
	 * @param entities the entities (empty for Observations)
	 * @param datastreams whose Observations the collection holds (Observations only)
	 */
	record Many(EntityType type, List<StaEntity> entities, List<DatastreamSource> datastreams) implements Target {

		static Many of(EntityType type, List<StaEntity> entities) {
			return new Many(type, entities, List.of());
		}

		static Many observations(List<DatastreamSource> datastreams) {
			return new Many(EntityType.OBSERVATION, List.of(), datastreams);
		}

	}

}
