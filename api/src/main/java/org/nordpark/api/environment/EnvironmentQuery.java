package org.nordpark.api.environment;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.Interval;
import org.nordpark.api.query.Label;
import org.nordpark.api.query.SeriesField;
import org.nordpark.api.query.WindowQuery;
import org.nordpark.model.DevEui;

/**
 * The parameters of the environment series.
 *
 * @param zone only sensors in this zone
 * @param field the environment field
 * @param sensor only this sensor
 * @param from inclusive start
 * @param to exclusive end
 * @param every the interval
 * @param agg the aggregation; default by field
 */
record EnvironmentQuery(@Nullable @Label String zone,
		@Parameter(description = "Environment field (design §5).", example = "co2_ppm",
				schema = @Schema(type = "string", allowableValues = {
						"temperature_c", "relative_humidity_pct", "co2_ppm", "pressure_hpa", "pm1_0_ugm3", "pm2_5_ugm3",
						"pm4_ugm3", "pm10_ugm3", "tvoc_ppb", "light_lux", "motion_count" })) @NotNull(
								message = "is required, e.g. field=co2_ppm") @SeriesField(
										measurement = "environment") String field,
		@Nullable DevEui sensor, @Nullable Instant from, @Nullable Instant to, @Nullable Interval every,
		@Nullable Aggregation agg) implements WindowQuery{

}
