package org.nordpark.bridge.decoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.CatalogSettings;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.Observation;
import org.nordpark.model.SensorKind;

/**
 * Shapes decoded values into the observations of a reading: every value goes to the
 * measurement that holds its field — the sensor's kind, {@code device} for device health,
 * or another kind the sensor also measures (the noise of an ERS Sound catalogued as
 * {@code environment}), in an observation naming that kind. It derives a bin's fill level
 * from its configured distances and rejects physically impossible values. A field no
 * measurement holds (with the observation's dimensions) is left out.
 */
final class KindPolicy {

	private KindPolicy() {
	}

	static List<Observation> apply(CatalogEntry sensor, List<Observation> decoded) {
		List<Observation> result = new ArrayList<>();
		for (Observation observation : decoded) {
			Map<SensorKind, Map<String, Double>> byKind = new LinkedHashMap<>();
			observation.values().forEach((field, value) -> {
				SensorKind kind = (observation.kind() != null) ? observation.kind()
						: InfluxSchema.kindOf(sensor.kind(), field, observation.dims().keySet()).orElse(null);
				if (kind != null) {
					check(field, value);
					// device health stays with the reading's own values (design §5)
					SensorKind key = (kind == SensorKind.DEVICE) ? sensor.kind() : kind;
					byKind.computeIfAbsent(key, (k) -> new LinkedHashMap<>()).put(field, value);
				}
			});
			byKind.forEach((kind, values) -> {
				if (kind == SensorKind.BIN) {
					addFillLevel(sensor, values);
				}
				if (!values.isEmpty()) {
					result.add(new Observation((kind == sensor.kind()) ? null : kind, observation.dims(), values));
				}
			});
		}
		return result;
	}

	private static void check(String field, double value) {
		boolean percent = field.equals(InfluxSchema.RELATIVE_HUMIDITY_PCT) || field.equals(InfluxSchema.BATTERY_PCT)
				|| field.equals(InfluxSchema.FILL_LEVEL_PCT);
		if (percent && (value < 0 || value > 100)) {
			throw new DecodingException("impossible value " + field + "=" + value + " (expected 0 to 100)");
		}
		boolean nonNegative = field.equals(InfluxSchema.COUNT) || field.equals(InfluxSchema.TOTAL)
				|| field.equals(InfluxSchema.CO2_PPM) || field.equals(InfluxSchema.DISTANCE_MM)
				|| field.equals(InfluxSchema.PRESSURE_HPA) || field.equals(InfluxSchema.AVG_SPEED_KMH)
				|| field.startsWith("pm");
		if (nonNegative && value < 0) {
			throw new DecodingException("impossible value " + field + "=" + value + " (must not be negative)");
		}
	}

	/**
	 * Fill level = how far the surface has risen from the empty distance towards the full
	 * distance, in percent, clamped to 0-100 (echoes below the full mark or beyond the
	 * bottom are common).
	 */
	private static void addFillLevel(CatalogEntry sensor, Map<String, Double> values) {
		Double distance = values.get(InfluxSchema.DISTANCE_MM);
		OptionalDouble empty = SensorSettings.millimetres(sensor, CatalogSettings.EMPTY_DISTANCE_MM);
		if (distance == null || empty.isEmpty() || values.containsKey(InfluxSchema.FILL_LEVEL_PCT)) {
			return;
		}
		double full = SensorSettings.millimetres(sensor, CatalogSettings.FULL_DISTANCE_MM).orElse(0);
		if (empty.getAsDouble() <= full) {
			throw new DecodingException("setting emptyDistanceMm (" + empty.getAsDouble()
					+ ") must be greater than fullDistanceMm (" + full + ")");
		}
		double level = (empty.getAsDouble() - distance) / (empty.getAsDouble() - full) * 100;
		values.put(InfluxSchema.FILL_LEVEL_PCT, Math.max(0, Math.min(100, level)));
	}

}
