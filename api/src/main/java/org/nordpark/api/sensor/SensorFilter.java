package org.nordpark.api.sensor;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.Label;
import org.nordpark.model.SensorKind;

/**
 * Which sensors a list request wants; absent parts match every sensor.
 *
 * @param kind only sensors of this kind
 * @param zone only sensors in this zone
 */
record SensorFilter(@Nullable SensorKind kind, @Nullable @Label String zone) {

}
