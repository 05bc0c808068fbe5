package org.nordpark.bridge.decoder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.jspecify.annotations.Nullable;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.Observation;

/**
 * Reads devices without a native decoder from the {@code object} ChirpStack's device
 * profile codec produced, through a configured {@link CodecMapping} per model. Numbers,
 * numeric strings and booleans (1/0) are accepted; absent keys and nulls are skipped.
 */
public final class CodecObjectDecoder {

	private final Map<String, CodecMapping> mappings;

	/**
	 * @throws IllegalArgumentException when a mapping names a field that is not in the
	 * InfluxDB schema
	 */
	public CodecObjectDecoder(Map<String, CodecMapping> mappings) {
		mappings.forEach((model, mapping) -> mapping.fields().values().forEach((field) -> {
			if (InfluxSchema.forField(mapping.kind(), field).isEmpty()) {
				throw new IllegalArgumentException("codec mapping of model " + model + " maps to field '" + field
						+ "', which " + mapping.kind() + " readings do not have");
			}
		}));
		mappings.forEach((model, mapping) -> new Observation(mapping.dims(), Map.of()));
		this.mappings = Map.copyOf(mappings);
	}

	public boolean supports(String model) {
		return this.mappings.containsKey(model);
	}

	/** The kind of each mapped model. */
	public Map<String, org.nordpark.model.SensorKind> kinds() {
		Map<String, org.nordpark.model.SensorKind> kinds = new LinkedHashMap<>();
		this.mappings.forEach((model, mapping) -> kinds.put(model, mapping.kind()));
		return kinds;
	}

	/**
	 * Maps a codec object to observations.
	 * @param object the uplink's codec output, {@code null} when the uplink has none
	 * @throws DecodingException when the object is missing or a value is not a number
	 */
	public List<Observation> decode(CatalogEntry sensor, @Nullable Struct object) {
		CodecMapping mapping = this.mappings.get(sensor.model());
		if (mapping == null) {
			throw new DecodingException("model '" + sensor.model() + "' has no codec mapping");
		}
		if (object == null) {
			throw new DecodingException("uplink has no codec object (no codec in the device profile, or it failed)");
		}
		Map<String, Double> values = new LinkedHashMap<>();
		mapping.fields().forEach((path, field) -> {
			Value value = find(object, path);
			if (value != null) {
				Double number = number(value, path);
				if (number != null) {
					values.put(field, number);
				}
			}
		});
		if (values.isEmpty()) {
			return List.of();
		}
		Observations observations = new Observations();
		values.forEach((field, value) -> {
			if (!mapping.dims().isEmpty() && InfluxSchema.forField(sensor.kind(), field)
				.filter((m) -> m != InfluxSchema.DEVICE)
				.isPresent()) {
				observations.put(mapping.dims(), field, value);
			}
			else {
				observations.put(field, value);
			}
		});
		return KindPolicy.apply(sensor, observations.toList());
	}

	private static @Nullable Value find(Struct object, String path) {
		Value current = Value.newBuilder().setStructValue(object).build();
		for (String key : path.split("\\.")) {
			if (current.hasStructValue()) {
				current = current.getStructValue().getFieldsMap().get(key);
			}
			else if (current.hasListValue()) {
				current = element(current.getListValue(), key);
			}
			else {
				return null;
			}
			if (current == null) {
				return null;
			}
		}
		return current;
	}

	private static @Nullable Value element(ListValue list, String key) {
		try {
			int index = Integer.parseInt(key);
			return (index >= 0 && index < list.getValuesCount()) ? list.getValues(index) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Double number(Value value, String path) {
		return switch (value.getKindCase()) {
			case NUMBER_VALUE -> finite(value.getNumberValue(), path);
			case BOOL_VALUE -> value.getBoolValue() ? 1.0 : 0.0;
			case STRING_VALUE -> {
				try {
					yield finite(Double.parseDouble(value.getStringValue().strip()), path);
				}
				catch (NumberFormatException ex) {
					throw new DecodingException(
							"codec object " + path + " is '" + value.getStringValue() + "', not a number");
				}
			}
			case NULL_VALUE, KIND_NOT_SET -> null;
			default -> throw new DecodingException("codec object " + path + " is a "
					+ value.getKindCase().name().toLowerCase(java.util.Locale.ROOT).replace("_value", "")
					+ ", not a number");
		};
	}

	private static double finite(double value, String path) {
		if (!Double.isFinite(value)) {
			throw new DecodingException("codec object " + path + " is not a finite number");
		}
		return value;
	}

}
