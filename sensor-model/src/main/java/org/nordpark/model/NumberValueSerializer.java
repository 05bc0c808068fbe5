package org.nordpark.model;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes whole-numbered values without a fraction ({@code 1}, not {@code 1.0}), so counts
 * read as counts in the JSON contract; other values as they are.
 */
final class NumberValueSerializer extends StdSerializer<Double> {

	private static final double MAX_EXACT = 9.007199254740992E15;

	NumberValueSerializer() {
		super(Double.class);
	}

	@Override
	public void serialize(Double value, JsonGenerator generator, SerializationContext context) {
		write(value, generator);
	}

	static void write(double v, JsonGenerator generator) {
		if (v == Math.rint(v) && Math.abs(v) < MAX_EXACT) {
			generator.writeNumber((long) v);
		}
		else {
			generator.writeNumber(v);
		}
	}

}
