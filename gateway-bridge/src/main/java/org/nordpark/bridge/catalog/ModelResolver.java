package org.nordpark.bridge.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.SensorModel;

/**
 * Chooses a device's model id: the {@code model} tag wins; else a configured profile
 * name; else the native model whose id the normalized profile name contains (e.g.
 * "Milesight EM500-CO2 EU868" is {@code milesight-em500-co2}); else the normalized
 * profile name itself, so codec-object mappings can be keyed by it.
 */
final class ModelResolver {

	static final String MODEL_TAG = "model";

	private final Map<String, String> profileModels;

	ModelResolver(Map<String, String> profileModels) {
		this.profileModels = profileModels;
	}

	Optional<String> resolve(Map<String, String> tags, @Nullable String profileName) {
		String tag = tags.get(MODEL_TAG);
		if (tag != null && !tag.isBlank()) {
			return Optional.of(tag.strip());
		}
		if (profileName == null || profileName.isBlank()) {
			return Optional.empty();
		}
		String configured = this.profileModels.get(profileName);
		if (configured != null) {
			return Optional.of(configured);
		}
		String normalized = normalize(profileName);
		for (SensorModel model : SensorModel.values()) {
			if (normalized.contains(model.id())) {
				return Optional.of(model.id());
			}
		}
		return Optional.of(normalized);
	}

	static String normalize(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
