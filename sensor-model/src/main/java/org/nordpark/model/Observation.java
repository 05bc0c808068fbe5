package org.nordpark.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One set of measured values under one set of dimensions, e.g. the car count in one
 * direction.
 *
 * @param dims dimension name to value, from {@link Dims}; empty for most sensors
 * @param values field name (with unit suffix, see {@link InfluxSchema}) to a finite
 * number
 */
public record Observation(Map<String, String> dims,
		@JsonSerialize(contentUsing = NumberValueSerializer.class) Map<String, Double> values) {

	public Observation {
		if (values == null) {
			throw new IllegalArgumentException("observation values are required");
		}
		dims = copy(dims == null ? Map.of() : dims);
		dims.forEach(Dims::check);
		values.forEach((field, value) -> {
			if (value == null || !Double.isFinite(value)) {
				throw new IllegalArgumentException("value of '" + field + "' must be a finite number");
			}
		});
		values = copy(values);
	}

	/** An observation without dimensions. */
	public static Observation of(Map<String, Double> values) {
		return new Observation(Map.of(), values);
	}

	private static <V> Map<String, V> copy(Map<String, V> map) {
		return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

}
