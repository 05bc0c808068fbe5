package org.nordpark.api.sensor;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The latest values of one series of a sensor.
 *
 * @param measurement the measurement, e.g. {@code traffic}
 * @param dims the dimensions of the series, e.g. {@code class} and {@code direction};
 * empty for most sensors
 * @param time time of the latest point
 * @param values field name to value; integers for counts
 */
public record LatestValues(@Schema(example = "environment") String measurement,
		@Schema(example = "{}") Map<String, String> dims, @Schema(example = "2025-03-12T17:05:00Z") Instant time,
		@Schema(example = "{\"co2_ppm\":415,\"temperature_c\":21.5}") Map<String, Number> values) {

}
