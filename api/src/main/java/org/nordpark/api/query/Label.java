package org.nordpark.api.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import org.nordpark.model.Dims;

/**
 * A label such as a zone, direction or stage: {@link Dims#LABEL}, e.g. {@code P3}. Null
 * is valid (the parameter is optional).
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Label.PATTERN)
@ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Label {

	/** {@link Dims#LABEL} as a constant, for annotations. */
	String PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

	String message() default "must match [A-Za-z0-9][A-Za-z0-9_.-]\\{0,63\\}, e.g. P3";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
