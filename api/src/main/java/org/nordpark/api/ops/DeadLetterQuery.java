package org.nordpark.api.ops;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.Label;

/**
 * The parameters of the dead letter list.
 *
 * @param stage only this stage, e.g. {@code bridge}
 * @param limit most dead letters to return; default {@value #DEFAULT_LIMIT}
 */
record DeadLetterQuery(
		@Parameter(description = "Only this stage, e.g. bridge or ingest. Pattern `[A-Za-z0-9][A-Za-z0-9_.-]{0,63}`.",
				example = "bridge") @Nullable @Label String stage,
		@Nullable @Min(value = 1, message = "must be between 1 and 1000") @Max(value = 1000,
				message = "must be between 1 and 1000") Integer limit) {

	static final int DEFAULT_LIMIT = 100;

	int max() {
		return (this.limit != null) ? this.limit : DEFAULT_LIMIT;
	}

}
