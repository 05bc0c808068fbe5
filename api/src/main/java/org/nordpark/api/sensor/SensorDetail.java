package org.nordpark.api.sensor;

import java.util.List;

/**
 * One sensor with its status and latest values.
 *
 * @param sensor the catalog entry with status
 * @param latest the latest values of each of its series (its kind's measurement, device
 * health and radio link)
 */
public record SensorDetail(SensorView sensor, List<LatestValues> latest) {

}
