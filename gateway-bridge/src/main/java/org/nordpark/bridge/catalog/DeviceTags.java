package org.nordpark.bridge.catalog;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.CatalogSettings;
import org.nordpark.model.DevEui;
import org.nordpark.model.SensorKind;
import org.nordpark.model.SensorModel;

/**
 * Builds catalog entries from what ChirpStack knows of a device: its name, device profile
 * name and (merged) tags {@code zone}, {@code lat}, {@code lon}, {@code model},
 * {@code kind} and the per-model settings of {@link CatalogSettings}.
 */
final class DeviceTags {

	static final String ZONE = "zone";

	static final String LAT = "lat";

	static final String LON = "lon";

	static final String KIND = "kind";

	static final Set<String> SETTINGS = Set.of(CatalogSettings.LTR, CatalogSettings.RTL, CatalogSettings.CLASSES,
			CatalogSettings.EMPTY_DISTANCE_MM, CatalogSettings.FULL_DISTANCE_MM, CatalogSettings.UPLINK_INTERVAL_S,
			CatalogSettings.SECTION);

	private final ModelResolver models;

	private final Map<String, SensorKind> mappedKinds;

	/**
	 * @param models resolves the model id
	 * @param mappedKinds the kind of each model that has a codec-object mapping
	 */
	DeviceTags(ModelResolver models, Map<String, SensorKind> mappedKinds) {
		this.models = models;
		this.mappedKinds = mappedKinds;
	}

	/**
	 * The entry of one device.
	 * @throws IllegalArgumentException naming the tag that is missing or wrong
	 */
	CatalogEntry toEntry(String devEui, @Nullable String name, @Nullable String profileName, Map<String, String> tags,
			Instant updatedAt) {
		String sensorId = DevEui.of(devEui).value();
		String model = this.models.resolve(tags, profileName)
			.orElseThrow(() -> new IllegalArgumentException(
					"device " + sensorId + " has neither a model tag nor a device profile name"));
		SensorKind kind = kind(sensorId, model, tags.get(KIND));
		Map<String, String> settings = new TreeMap<>();
		tags.forEach((key, value) -> {
			if (SETTINGS.contains(key)) {
				settings.put(key, value);
			}
		});
		String zone = blankToNull(tags.get(ZONE));
		return new CatalogEntry(sensorId, (name == null || name.isBlank()) ? sensorId : name, model, kind, zone,
				number(tags.get(LAT), LAT, sensorId), number(tags.get(LON), LON, sensorId), settings,
				CatalogEntry.Source.CHIRPSTACK, updatedAt);
	}

	private SensorKind kind(String sensorId, String model, @Nullable String tag) {
		if (tag != null && !tag.isBlank()) {
			return SensorKind.fromId(tag.strip());
		}
		return SensorModel.fromId(model)
			.map(SensorModel::defaultKind)
			.or(() -> java.util.Optional.ofNullable(this.mappedKinds.get(model)))
			.orElseThrow(() -> new IllegalArgumentException("device " + sensorId + " has model '" + model
					+ "', which is neither native nor mapped: set a kind tag and a codec mapping"));
	}

	private static @Nullable Double number(@Nullable String value, String tag, String sensorId) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.parseDouble(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"device " + sensorId + " has tag " + tag + " '" + value + "', which is not a number");
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
