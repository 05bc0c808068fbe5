package org.nordpark.bridge.decoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.jspecify.annotations.Nullable;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.Observation;

/**
 * Reads devices without a native decoder from the {@code object} ChirpStack's device
 * profile codec produced, through a configured {@link CodecMapping} per model. Numbers,
 * numeric strings and booleans (1/0) are accepted; absent keys and nulls are skipped.
 */
public final class CodecObjectDecoder {

	private final Map<String, CodecMapping> mappings;

	private final Map<String, List<Path>> paths;

	/**
	 * @throws IllegalArgumentException when a mapping names a field that no measurement
	 * holds with its dims, has an invalid dim, or maps two paths to the same field and
	 * dims
	 */
	public CodecObjectDecoder(Map<String, CodecMapping> mappings) {
		Map<String, List<Path>> paths = new LinkedHashMap<>();
		mappings.forEach((model, mapping) -> paths.put(model, paths(model, mapping)));
		this.mappings = Map.copyOf(mappings);
		this.paths = Map.copyOf(paths);
	}

	private static List<Path> paths(String model, CodecMapping mapping) {
		List<Path> paths = new ArrayList<>();
		mapping.fields().forEach((path, field) -> paths.add(new Path(path, field, mapping.dims())));
		for (CodecMapping.Value value : mapping.values()) {
			Map<String, String> dims = new LinkedHashMap<>(mapping.dims());
			dims.putAll(value.dims());
			paths.add(new Path(value.path(), value.field(), Map.copyOf(dims)));
		}
		Map<List<Object>, String> seen = new LinkedHashMap<>();
		for (Path path : paths) {
			new Observation(path.dims(), Map.of());
			if (InfluxSchema.kindOf(mapping.kind(), path.field(), path.dims().keySet()).isEmpty()) {
				throw new IllegalArgumentException("codec mapping of model " + model + " maps " + path.path()
						+ " to field '" + path.field() + "', which no measurement of a " + mapping.kind()
						+ " sensor has with dims " + new TreeSet<>(path.dims().keySet()));
			}
			String other = seen.put(List.of(path.field(), new TreeMap<>(path.dims())), path.path());
			if (other != null) {
				throw new IllegalArgumentException("codec mapping of model " + model + " maps both " + other + " and "
						+ path.path() + " to field '" + path.field() + "' with dims " + new TreeMap<>(path.dims()));
			}
		}
		return List.copyOf(paths);
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
		List<Path> paths = this.paths.get(sensor.model());
		if (paths == null) {
			throw new DecodingException("model '" + sensor.model() + "' has no codec mapping");
		}
		if (object == null) {
			throw new DecodingException("uplink has no codec object (no codec in the device profile, or it failed)");
		}
		Observations observations = new Observations();
		for (Path path : paths) {
			Value value = find(object, path.path());
			Double number = (value != null) ? number(value, path.path()) : null;
			if (number == null) {
				continue;
			}
			boolean device = InfluxSchema.DEVICE.fields().containsKey(path.field());
			if (path.dims().isEmpty() || device) {
				observations.put(path.field(), number);
			}
			else {
				observations.put(labelled(sensor, path.dims()), path.field(), number);
			}
		}
		return KindPolicy.apply(sensor, observations.toList());
	}

	/** The dims with {@code direction: ltr|rtl} replaced by the sensor's labels. */
	private static Map<String, String> labelled(CatalogEntry sensor, Map<String, String> dims) {
		String direction = dims.get(Dims.DIRECTION);
		if (!SensorSettings.DEFAULT_LTR.equals(direction) && !SensorSettings.DEFAULT_RTL.equals(direction)) {
			return dims;
		}
		Map<String, String> labelled = new LinkedHashMap<>(dims);
		labelled.put(Dims.DIRECTION,
				SensorSettings.DEFAULT_LTR.equals(direction) ? SensorSettings.ltr(sensor) : SensorSettings.rtl(sensor));
		return labelled;
	}

	/** One configured path: where the value is, which field and dims it gets. */
	private record Path(String path, String field, Map<String, String> dims) {

	}

	private static @Nullable Value find(Struct object, String path) {
		Value current = Value.newBuilder().setStructValue(object).build();
		for (String key : path.replace("[", ".").replace("]", "").split("\\.")) {
			if (key.isEmpty()) {
				continue;
			}
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
