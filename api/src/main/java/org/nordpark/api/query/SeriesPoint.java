package org.nordpark.api.query;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One value of a series.
 *
 * @param time start of the interval, ISO-8601 UTC
 * @param value the aggregated value; integers for counts
 */
public record SeriesPoint(@Schema(example = "2025-03-12T17:00:00Z") Instant time,
		@Schema(example = "412.5") @Nullable Number value) {

}
