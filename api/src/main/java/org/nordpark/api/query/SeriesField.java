package org.nordpark.api.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A field of a measurement of {@code InfluxSchema}; of any measurement when
 * {@link #measurement()} is empty. Null is valid; combine with {@code @NotNull} where the
 * field is required.
 */
@Documented
@Constraint(validatedBy = SeriesFieldValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface SeriesField {

	/** The measurement name, e.g. {@code environment}; empty for every measurement. */
	String measurement() default "";

	/** Replaced by the list of accepted fields. */
	String message() default "must be a field of the measurement";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
