package org.nordpark.bridge.decoder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.CatalogSettings;
import org.nordpark.model.Dims;
import org.nordpark.model.SensorModel;

/**
 * Reads the per-sensor settings decoders need (direction labels, class mapping, bin
 * distances). A malformed setting is reported as a {@link DecodingException} naming it.
 */
final class SensorSettings {

	/** Direction label used when a sensor has no {@code ltr} setting. */
	static final String DEFAULT_LTR = "ltr";

	/** Direction label used when a sensor has no {@code rtl} setting. */
	static final String DEFAULT_RTL = "rtl";

	/**
	 * Parsed {@code classes} and checked direction labels by setting text: a traffic
	 * counter parsed its settings on every uplink (a third of its decoding allocation).
	 * The texts come from the catalog, so there are few; the caches are cleared should
	 * they grow.
	 */
	private static final int CACHE_LIMIT = 4096;

	private static final Map<String, Map<Integer, String>> CLASSES_CACHE = new ConcurrentHashMap<>();

	private static final Map<String, String> LABEL_CACHE = new ConcurrentHashMap<>();

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
		String label = LABEL_CACHE.get(value);
		if (label == null) {
			label = value.strip();
			if (!Dims.LABEL.matcher(label).matches()) {
				throw new DecodingException("setting " + key + " '" + label + "' is not a valid direction label");
			}
			cache(LABEL_CACHE, value, label);
		}
		return label;
	}

	private static <V> void cache(Map<String, V> cache, String key, V value) {
		if (cache.size() >= CACHE_LIMIT) {
			cache.clear();
		}
		cache.put(key, value);
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
		Map<Integer, String> cached = CLASSES_CACHE.get(value);
		if (cached != null) {
			return cached;
		}
		Map<Integer, String> classes = parseClasses(value);
		cache(CLASSES_CACHE, value, classes);
		return classes;
	}

	private static Map<Integer, String> parseClasses(String value) {
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
			int key;
			try {
				key = Integer.parseInt(parts[0].strip());
			}
			catch (NumberFormatException ex) {
				throw new DecodingException("setting classes has category '" + parts[0].strip() + "', not a number");
			}
			if (key < 0 || key >= ParametricTcrDecoder.CLASS_KEYS) {
				throw new DecodingException("setting classes '" + value + "' has key " + key
						+ "; keys are 0-3 (legacy speed class n = Gen-2 filter category n+1, fPort 14+n)");
			}
			if (classes.put(key, name) != null) {
				throw new DecodingException("setting classes '" + value + "' names key " + key + " twice");
			}
		}
		return Collections.unmodifiableMap(classes);
	}

	/**
	 * What is wrong with a sensor's settings for its model, one line per setting; empty
	 * when they fit. Run when the catalog is loaded, so a misfit shows before frames are
	 * dead-lettered because of it.
	 */
	static Map<String, String> problems(CatalogEntry sensor) {
		Map<String, String> problems = new LinkedHashMap<>();
		check(problems, CatalogSettings.LTR, () -> ltr(sensor));
		check(problems, CatalogSettings.RTL, () -> rtl(sensor));
		if (SensorModel.PARAMETRIC_TCR.id().equals(sensor.model())) {
			check(problems, CatalogSettings.CLASSES, () -> {
				Map<Integer, String> classes = classes(sensor, ParametricTcrDecoder.DEFAULT_CLASSES);
				List<String> missing = new ArrayList<>();
				for (int key = 0; key < ParametricTcrDecoder.CLASS_KEYS; key++) {
					if (!classes.containsKey(key)) {
						missing.add(Integer.toString(key));
					}
				}
				if (!missing.isEmpty()) {
					throw new DecodingException(
							"setting classes '" + sensor.setting(CatalogSettings.CLASSES) + "' gives no class to keys "
									+ String.join(", ", missing) + ": frames counting in them are dead-lettered");
				}
				return classes;
			});
		}
		check(problems, CatalogSettings.EMPTY_DISTANCE_MM, () -> {
			OptionalDouble empty = millimetres(sensor, CatalogSettings.EMPTY_DISTANCE_MM);
			double full = millimetres(sensor, CatalogSettings.FULL_DISTANCE_MM).orElse(0);
			if (empty.isPresent() && empty.getAsDouble() <= full) {
				throw new DecodingException("setting emptyDistanceMm (" + empty.getAsDouble()
						+ ") must be greater than fullDistanceMm (" + full + ")");
			}
			return empty;
		});
		return problems;
	}

	private static void check(Map<String, String> problems, String setting, Supplier<?> check) {
		try {
			check.get();
		}
		catch (DecodingException ex) {
			problems.put(setting, ex.getMessage());
		}
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
