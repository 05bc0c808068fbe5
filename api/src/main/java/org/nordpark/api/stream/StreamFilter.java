package org.nordpark.api.stream;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.Label;
import org.nordpark.model.DevEui;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;

/**
 * Which readings a client wants, bound from the stream request; absent parts match
 * everything.
 *
 * @param kind only readings of this kind
 * @param zone only readings from this zone
 * @param sensor only readings of this sensor
 */
record StreamFilter(@Nullable SensorKind kind, @Nullable @Label String zone, @Nullable DevEui sensor) {

	boolean matches(Reading reading) {
		return (this.kind == null || this.kind == reading.kind())
				&& (this.zone == null || this.zone.equals(reading.zone()))
				&& (this.sensor == null || this.sensor.value().equals(reading.sensorId()));
	}

}
