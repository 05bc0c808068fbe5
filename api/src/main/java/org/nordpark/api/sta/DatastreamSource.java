package org.nordpark.api.sta;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.InfluxSchema.FieldType;
import org.nordpark.model.InfluxSchema.Measurement;

/**
 * Where the Observations of one Datastream live in InfluxDB: one field of one series.
 *
 * @param id the Datastream's {@code @iot.id}
 * @param sensorId the {@code sensor_id} tag
 * @param measurement the measurement
 * @param field the field
 * @param dims dimension tags of the series (class, direction, weighting), sorted
 * @param featureId the FeatureOfInterest of its Observations
 * @param first time of the oldest raw point
 * @param last time of the newest raw point
 */
record DatastreamSource(long id, String sensorId, Measurement measurement, String field, Map<String, String> dims,
		long featureId, @Nullable Instant first, @Nullable Instant last) {

	boolean integer() {
		return this.measurement.fieldType(this.field).orElse(FieldType.FLOAT) == FieldType.INTEGER;
	}

	/** The stable key the id is derived from. */
	static String key(String sensorId, String measurement, String field, Map<String, String> dims) {
		StringBuilder key = new StringBuilder(sensorId).append(':').append(measurement).append(':').append(field);
		String sep = ":";
		for (Map.Entry<String, String> dim : dims.entrySet()) {
			key.append(sep).append(dim.getKey()).append('=').append(dim.getValue());
			sep = ",";
		}
		return key.toString();
	}

}
