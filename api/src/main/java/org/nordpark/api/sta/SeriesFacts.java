package org.nordpark.api.sta;

import java.time.Instant;
import java.util.Map;

import org.nordpark.model.InfluxSchema.Measurement;

/**
 * One field of one series found in the raw retention policy.
 *
 * @param measurement the measurement
 * @param field the field
 * @param sensorId the sensor
 * @param dims dimension tags, sorted
 * @param first time of the oldest point
 * @param last time of the newest point
 */
record SeriesFacts(Measurement measurement, String field, String sensorId, Map<String, String> dims, Instant first,
		Instant last) {

}
