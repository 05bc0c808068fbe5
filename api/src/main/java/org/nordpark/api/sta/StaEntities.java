package org.nordpark.api.sta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entities made on the fly: Observations from points. */
final class StaEntities {

	private StaEntities() {
	}

	/**
	 * The Observation of a point; its resultTime is its phenomenonTime (the uplink's
	 * time).
	 */
	static StaEntity observation(ObservationReader.Point point) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("phenomenonTime", point.time());
		properties.put("resultTime", point.time());
		properties.put("result", point.result());
		return new StaEntity(EntityType.OBSERVATION, point.id(), properties, Map.of("Datastream",
				List.of(point.datastream().id()), "FeatureOfInterest", List.of(point.datastream().featureId())));
	}

}
