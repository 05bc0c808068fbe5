package org.nordpark.api.sensor;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.Interval;
import org.nordpark.api.query.SeriesField;
import org.nordpark.api.query.WindowQuery;

/**
 * The query parameters of one sensor's series; the sensor is the path's {@code id}.
 *
 * @param field a field of any measurement; whether the sensor has it is checked once the
 * sensor is found
 * @param from inclusive start
 * @param to exclusive end
 * @param every the interval
 * @param agg the aggregation; default by field
 */
record SensorSeriesQuery(
		@Parameter(
				description = "Field name with unit, from the sensor's measurement, `device`, `link` or another "
						+ "measurement the sensor also has (design §5), e.g. occupied, count, co2_ppm, leq_db of an "
						+ "environment sensor, battery_pct, rssi_dbm.",
				example = "occupied") @NotNull(message = "is required, e.g. field=occupied") @SeriesField String field,
		@Nullable Instant from, @Nullable Instant to, @Nullable Interval every,
		@Nullable Aggregation agg) implements WindowQuery {

}
