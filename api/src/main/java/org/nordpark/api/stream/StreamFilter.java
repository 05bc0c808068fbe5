package org.nordpark.api.stream;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;

/**
 * Which readings a client wants; absent parts match everything.
 *
 * @param kind only readings of this kind
 * @param zone only readings from this zone
 * @param sensorId only readings of this sensor
 */
record StreamFilter(@Nullable SensorKind kind, @Nullable String zone, @Nullable String sensorId) {

	boolean matches(Reading reading) {
		return (this.kind == null || this.kind == reading.kind())
				&& (this.zone == null || this.zone.equals(reading.zone()))
				&& (this.sensorId == null || this.sensorId.equals(reading.sensorId()));
	}

}
