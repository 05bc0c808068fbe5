package org.nordpark.api.traffic;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.nordpark.model.Dims;

/**
 * The {@code class} filter of the traffic flow: one object class, or {@link #ALL} for
 * every class summed (counters that do not tell classes apart count under {@code all}).
 */
enum ObjectClass {

	PEDESTRIAN(Dims.CLASS_PEDESTRIAN), BICYCLE(Dims.CLASS_BICYCLE), CAR(Dims.CLASS_CAR), TRUCK(Dims.CLASS_TRUCK),
	ALL(Dims.CLASS_ALL);

	private final String id;

	ObjectClass(String id) {
		this.id = id;
	}

	/** The API and tag value, e.g. {@code car}. */
	String id() {
		return this.id;
	}

	static Optional<ObjectClass> fromId(String id) {
		return Arrays.stream(values()).filter((c) -> c.id.equals(id)).findFirst();
	}

	/** The accepted ids, sorted. */
	static List<String> ids() {
		return Arrays.stream(values()).map(ObjectClass::id).sorted().toList();
	}

}
