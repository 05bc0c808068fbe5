package org.nordpark.api.query;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.nordpark.model.Dims;

import static org.assertj.core.api.Assertions.assertThat;

class LabelTests {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void isTheLabelPatternOfTheSensorModel() {
		assertThat(Label.PATTERN).isEqualTo(Dims.LABEL.pattern());
	}

	@Test
	void acceptsLabelsByPatternOnly() {
		assertThat(valid("P3")).isTrue();
		assertThat(valid("ev-charging_2.b")).isTrue();
		assertThat(valid(null)).isTrue();
		assertThat(valid("P3' OR '1'='1")).isFalse();
		assertThat(valid("-P3")).isFalse();
		assertThat(valid("")).isFalse();
		assertThat(valid("x".repeat(65))).isFalse();
		assertThat(this.validator.validate(new Zone("-P3"))).singleElement()
			.satisfies((violation) -> assertThat(violation.getMessage())
				.isEqualTo("must match [A-Za-z0-9][A-Za-z0-9_.-]{0,63}, e.g. P3"));
	}

	private boolean valid(@Nullable String zone) {
		return this.validator.validate(new Zone(zone)).isEmpty();
	}

	record Zone(@Nullable @Label String zone) {

	}

}
