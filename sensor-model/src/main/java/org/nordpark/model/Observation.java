package org.nordpark.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One set of measured values under one set of dimensions, e.g. the car count in one
 * direction.
 *
 * @param kind the kind whose measurement holds the values when it is not the reading's
 * own (e.g. the noise of an environment sensor); {@code null} = the reading's kind.
 * Device-health values (battery, device temperature) go to {@code device} either way
 * @param dims dimension name to value, from {@link Dims}; empty for most sensors
 * @param values field name (with unit suffix, see {@link InfluxSchema}) to a finite
 * number
 */
public record Observation(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable SensorKind kind,
		Map<String, String> dims,
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

	/** An observation of the reading's kind. */
	public Observation(Map<String, String> dims, Map<String, Double> values) {
		this(null, dims, values);
	}

	/** An observation of the reading's kind without dimensions. */
	public static Observation of(Map<String, Double> values) {
		return new Observation(Map.of(), values);
	}

	/** The kind whose measurement holds the values in a reading of the given kind. */
	public SensorKind kindIn(SensorKind readingKind) {
		return (this.kind != null) ? this.kind : readingKind;
	}

	private static <V> Map<String, V> copy(Map<String, V> map) {
		return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

}
