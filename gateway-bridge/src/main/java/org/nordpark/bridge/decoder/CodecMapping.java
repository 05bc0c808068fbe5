package org.nordpark.bridge.decoder;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.SensorKind;

import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * How a model without a native decoder is read from ChirpStack's codec {@code object}.
 * Paths are keys joined by {@code .}, list indexes as numbers
 * ({@code messages.0.0.value}) or in brackets ({@code messages[0][0].value}).
 *
 * @param kind the sensor's primary kind; a mapped field of another measurement (say
 * {@code co2_ppm} of a parking sensor) is kept in an observation of that kind
 * @param fields object path to field name, e.g. {@code TempC_SHT: temperature_c}, each
 * with the common {@code dims}
 * @param dims dimensions of every value, e.g. {@code weighting: A}
 * @param values paths with dimensions of their own, so several paths can feed one field,
 * e.g. {@code carsLeftToRight} and {@code carsRightToLeft} → {@code count} with
 * {@code direction: ltr} / {@code rtl}
 */
public record CodecMapping(SensorKind kind, Map<String, String> fields, Map<String, String> dims, List<Value> values) {

	@ConstructorBinding
	public CodecMapping {
		fields = (fields == null) ? Map.of() : Map.copyOf(fields);
		dims = (dims == null) ? Map.of() : Map.copyOf(dims);
		values = (values == null) ? List.of() : List.copyOf(values);
	}

	/** A mapping of the first form: paths to fields, one set of dims. */
	public CodecMapping(SensorKind kind, Map<String, String> fields, Map<String, String> dims) {
		this(kind, fields, dims, List.of());
	}

	/**
	 * One object path and where its value goes.
	 *
	 * @param path the object path
	 * @param field the field name, e.g. {@code count}
	 * @param dims dimensions added to the mapping's common ones; {@code direction: ltr}
	 * or {@code rtl} become the sensor's {@code ltr}/{@code rtl} labels
	 */
	public record Value(String path, String field, @Nullable Map<String, String> dims) {

		public Value {
			if (path == null || path.isBlank()) {
				throw new IllegalArgumentException("codec mapping value needs a path");
			}
			if (field == null || field.isBlank()) {
				throw new IllegalArgumentException("codec mapping value of path " + path + " needs a field");
			}
			dims = (dims == null) ? Map.of() : Map.copyOf(dims);
		}

	}

}
