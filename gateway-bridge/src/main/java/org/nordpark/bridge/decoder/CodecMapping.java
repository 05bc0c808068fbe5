package org.nordpark.bridge.decoder;

import java.util.Map;

import org.nordpark.model.SensorKind;

/**
 * How a model without a native decoder is read from ChirpStack's codec {@code object}.
 *
 * @param kind the kind of its readings
 * @param fields object path (keys joined by {@code .}, list indexes as numbers) to field
 * name, e.g. {@code TempC_SHT: temperature_c}
 * @param dims fixed dimensions of the observation, e.g. {@code weighting: A}
 */
public record CodecMapping(SensorKind kind, Map<String, String> fields, Map<String, String> dims) {

	public CodecMapping {
		fields = (fields == null) ? Map.of() : Map.copyOf(fields);
		dims = (dims == null) ? Map.of() : Map.copyOf(dims);
	}

}
