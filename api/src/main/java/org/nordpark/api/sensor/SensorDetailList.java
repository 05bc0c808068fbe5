package org.nordpark.api.sensor;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Sensors with their latest values.
 *
 * @param count number of sensors
 * @param sensors each sensor with status and latest values, in catalog order
 */
public record SensorDetailList(@Schema(example = "1") int count, List<SensorDetail> sensors) {

}
