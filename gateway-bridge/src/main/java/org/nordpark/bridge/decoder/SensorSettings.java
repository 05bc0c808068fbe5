package org.nordpark.bridge.decoder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.CatalogSettings;
import org.nordpark.model.Dims;

/**
 * Reads the per-sensor settings decoders need (direction labels, class mapping, bin
 * distances). A malformed setting is reported as a {@link DecodingException} naming it.
 */
final class SensorSettings {

	/** Direction label used when a sensor has no {@code ltr} setting. */
	static final String DEFAULT_LTR = "ltr";

	/** Direction label used when a sensor has no {@code rtl} setting. */
	static final String DEFAULT_RTL = "rtl";

	private SensorSettings() {
	}

	static String ltr(CatalogEntry sensor) {
		return label(sensor, CatalogSettings.LTR, DEFAULT_LTR);
	}

	static String rtl(CatalogEntry sensor) {
		return label(sensor, CatalogSettings.RTL, DEFAULT_RTL);
	}

	private static String label(CatalogEntry sensor, String key, String fallback) {
		String value = sensor.setting(key);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		value = value.strip();
		if (!Dims.LABEL.matcher(value).matches()) {
			throw new DecodingException("setting " + key + " '" + value + "' is not a valid direction label");
		}
		return value;
	}

	/**
	 * The category to class mapping from the {@code classes} setting, e.g.
	 * {@code 0:pedestrian,1:bicycle,2:car,3:truck}, or the given default.
	 */
	static Map<Integer, String> classes(CatalogEntry sensor, Map<Integer, String> fallback) {
		String value = sensor.setting(CatalogSettings.CLASSES);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		Map<Integer, String> classes = new LinkedHashMap<>();
		for (String pair : value.split(",")) {
			String[] parts = pair.split(":", 2);
			if (parts.length != 2) {
				throw new DecodingException("setting classes '" + value + "' must look like 0:pedestrian,1:car");
			}
			String name = parts[1].strip();
			if (!Dims.CLASSES.contains(name)) {
				throw new DecodingException("setting classes names class '" + name + "', expected one of "
						+ String.join(", ", new java.util.TreeSet<>(Dims.CLASSES)));
			}
			try {
				classes.put(Integer.parseInt(parts[0].strip()), name);
			}
			catch (NumberFormatException ex) {
				throw new DecodingException("setting classes has category '" + parts[0].strip() + "', not a number");
			}
		}
		return classes;
	}

	/** A numeric setting in millimetres, empty when not set. */
	static OptionalDouble millimetres(CatalogEntry sensor, String key) {
		String value = sensor.setting(key);
		if (value == null || value.isBlank()) {
			return OptionalDouble.empty();
		}
		try {
			double mm = Double.parseDouble(value.strip());
			if (!Double.isFinite(mm) || mm < 0) {
				throw new NumberFormatException();
			}
			return OptionalDouble.of(mm);
		}
		catch (NumberFormatException ex) {
			throw new DecodingException("setting " + key + " '" + value + "' is not a distance in millimetres");
		}
	}

}
