package org.nordpark.api.sensor;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The sensor list.
 *
 * @param count number of sensors
 * @param sensors the sensors, ordered by id
 */
public record SensorList(@Schema(example = "1") int count, List<SensorView> sensors) {

}
