package org.nordpark.api.query;

import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.model.InfluxSchema;

/** Checks {@link SeriesField}; the message lists the accepted fields. */
class SeriesFieldValidator implements ConstraintValidator<SeriesField, String> {

	private Set<String> fields = Set.of();

	@Override
	public void initialize(SeriesField annotation) {
		this.fields = fields(annotation.measurement());
	}

	@Override
	public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
		if (value == null || this.fields.contains(value)) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		// the fields are names from InfluxSchema, never request text
		context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", this.fields))
			.addConstraintViolation();
		return false;
	}

	/** The fields of one measurement, or of all when the name is empty, sorted. */
	static Set<String> fields(String measurement) {
		Set<String> fields = new TreeSet<>();
		if (measurement.isEmpty()) {
			InfluxSchema.measurements().forEach((m) -> fields.addAll(m.fields().keySet()));
		}
		else {
			Measurement m = InfluxSchema.measurement(measurement)
				.orElseThrow(() -> new IllegalArgumentException("no measurement " + measurement));
			fields.addAll(m.fields().keySet());
		}
		return fields;
	}

}
