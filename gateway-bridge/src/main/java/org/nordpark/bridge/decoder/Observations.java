package org.nordpark.bridge.decoder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nordpark.model.Observation;

/**
 * Collects decoded values: values without dimensions go into one observation, values with
 * dimensions into one observation per distinct dimension set.
 */
final class Observations {

	private final Map<String, Double> plain = new LinkedHashMap<>();

	private final Map<Map<String, String>, Map<String, Double>> dimensioned = new LinkedHashMap<>();

	Observations put(String field, double value) {
		this.plain.put(field, value);
		return this;
	}

	Observations put(Map<String, String> dims, String field, double value) {
		this.dimensioned.computeIfAbsent(Map.copyOf(dims), (key) -> new LinkedHashMap<>()).put(field, value);
		return this;
	}

	boolean isEmpty() {
		return this.plain.isEmpty() && this.dimensioned.isEmpty();
	}

	List<Observation> toList() {
		List<Observation> list = new ArrayList<>();
		this.dimensioned.forEach((dims, values) -> list.add(new Observation(dims, values)));
		if (!this.plain.isEmpty()) {
			list.add(Observation.of(this.plain));
		}
		return list;
	}

}
