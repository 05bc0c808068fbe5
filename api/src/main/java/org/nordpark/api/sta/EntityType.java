package org.nordpark.api.sta;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SensorThings entity types with their entity-set and singular names, their
 * properties and their navigation properties.
 */
enum EntityType {

	THING("Things", "Thing", List.of("name", "description", "properties")),
	LOCATION("Locations", "Location", List.of("name", "description", "encodingType", "location", "properties")),
	HISTORICAL_LOCATION("HistoricalLocations", "HistoricalLocation", List.of("time")),
	SENSOR("Sensors", "Sensor", List.of("name", "description", "encodingType", "metadata", "properties")),
	OBSERVED_PROPERTY("ObservedProperties", "ObservedProperty",
			List.of("name", "definition", "description", "properties")),
	DATASTREAM("Datastreams", "Datastream",
			List.of("name", "description", "unitOfMeasurement", "observationType", "observedArea", "phenomenonTime",
					"resultTime", "properties")),
	OBSERVATION("Observations", "Observation",
			List.of("phenomenonTime", "resultTime", "result", "resultQuality", "validTime", "parameters")),
	FEATURE_OF_INTEREST("FeaturesOfInterest", "FeatureOfInterest",
			List.of("name", "description", "encodingType", "feature", "properties"));

	private final String setName;

	private final String singular;

	private final List<String> properties;

	EntityType(String setName, String singular, List<String> properties) {
		this.setName = setName;
		this.singular = singular;
		this.properties = properties;
	}

	/** The entity-set name, e.g. {@code Things}. */
	String setName() {
		return this.setName;
	}

	/** The singular name, e.g. {@code Thing}. */
	String singular() {
		return this.singular;
	}

	/** The entity's own properties (without {@code @iot.id}), in output order. */
	List<String> properties() {
		return this.properties;
	}

	/** Navigation property name to the relation it stands for. */
	Map<String, Navigation> navigation() {
		return switch (this) {
			case THING -> Map.of("Locations", Navigation.many(LOCATION), "HistoricalLocations",
					Navigation.many(HISTORICAL_LOCATION), "Datastreams", Navigation.many(DATASTREAM));
			case LOCATION ->
				Map.of("Things", Navigation.many(THING), "HistoricalLocations", Navigation.many(HISTORICAL_LOCATION));
			case HISTORICAL_LOCATION -> Map.of("Thing", Navigation.one(THING), "Locations", Navigation.many(LOCATION));
			case SENSOR, OBSERVED_PROPERTY -> Map.of("Datastreams", Navigation.many(DATASTREAM));
			case DATASTREAM ->
				Map.of("Thing", Navigation.one(THING), "Sensor", Navigation.one(SENSOR), "ObservedProperty",
						Navigation.one(OBSERVED_PROPERTY), "Observations", Navigation.many(OBSERVATION));
			case OBSERVATION -> Map.of("Datastream", Navigation.one(DATASTREAM), "FeatureOfInterest",
					Navigation.one(FEATURE_OF_INTEREST));
			case FEATURE_OF_INTEREST -> Map.of("Observations", Navigation.many(OBSERVATION));
		};
	}

	/** Navigation property names in output order. */
	List<String> navigationOrder() {
		return switch (this) {
			case THING -> List.of("Locations", "HistoricalLocations", "Datastreams");
			case LOCATION -> List.of("Things", "HistoricalLocations");
			case HISTORICAL_LOCATION -> List.of("Thing", "Locations");
			case SENSOR, OBSERVED_PROPERTY -> List.of("Datastreams");
			case DATASTREAM -> List.of("Thing", "Sensor", "ObservedProperty", "Observations");
			case OBSERVATION -> List.of("Datastream", "FeatureOfInterest");
			case FEATURE_OF_INTEREST -> List.of("Observations");
		};
	}

	static Optional<EntityType> ofSetName(String name) {
		return Arrays.stream(values()).filter((t) -> t.setName.equals(name)).findFirst();
	}

	/**
	 * A navigation property: its target type and whether it leads to a set.
	 *
	 * @param target the related type
	 * @param many whether the relation is a set
	 */
	record Navigation(EntityType target, boolean many) {

		static Navigation one(EntityType target) {
			return new Navigation(target, false);
		}

		static Navigation many(EntityType target) {
			return new Navigation(target, true);
		}

	}

}
