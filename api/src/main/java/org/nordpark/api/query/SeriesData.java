package org.nordpark.api.query;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One series: the tag values that identify it and its points.
 *
 * @param tags identifying values, e.g. {@code sensorId}, {@code zone}, {@code class},
 * {@code direction}, {@code weighting}
 * @param points the values in time order
 */
public record SeriesData(
		@Schema(example = "{\"sensorId\":\"70b3d5e75e00c001\",\"zone\":\"P1\"}") Map<String, String> tags,
		List<SeriesPoint> points) {

}
