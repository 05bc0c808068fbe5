package org.nordpark.dashboards;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.nordpark.model.InfluxSchema;
import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.model.site.SiteSensor;

/**
 * Points in InfluxDB line protocol, written the way ingest writes them: tags
 * {@code sensor_id} and {@code zone} plus the observation's dimensions, fields with the
 * schema's fixed types (integers as {@code 12i}), nanosecond timestamps. Rejects a tag or
 * field the schema does not have, so the seed cannot drift from {@link InfluxSchema}.
 */
final class LineProtocol {

	private final List<String> lines = new ArrayList<>();

	List<String> lines() {
		return this.lines;
	}

	void point(Measurement measurement, SiteSensor sensor, Map<String, String> dims, Instant time,
			Map<String, String> fields) {
		Map<String, String> tags = new TreeMap<>(dims);
		tags.put(InfluxSchema.TAG_SENSOR_ID, sensor.devEui());
		tags.put(InfluxSchema.TAG_ZONE, sensor.zone());
		point(measurement, tags, time, fields);
	}

	/** A point of a zone's derived series (no sensor), e.g. {@code car_park}. */
	void zonePoint(Measurement measurement, String zone, Instant time, Map<String, String> fields) {
		point(measurement, new TreeMap<>(Map.of(InfluxSchema.TAG_ZONE, zone)), time, fields);
	}

	private void point(Measurement measurement, Map<String, String> tags, Instant time, Map<String, String> fields) {
		StringBuilder line = new StringBuilder(measurement.name());
		for (Map.Entry<String, String> tag : tags.entrySet()) {
			if (!measurement.tags().contains(tag.getKey())) {
				throw new IllegalStateException(measurement.name() + " has no tag " + tag.getKey());
			}
			line.append(',').append(tag.getKey()).append('=').append(tag.getValue());
		}
		String separator = " ";
		for (Map.Entry<String, String> field : fields.entrySet()) {
			InfluxSchema.FieldType type = measurement.fieldType(field.getKey())
				.orElseThrow(() -> new IllegalStateException(measurement.name() + " has no field " + field.getKey()));
			boolean isInteger = field.getValue().endsWith("i");
			if (isInteger != (type == InfluxSchema.FieldType.INTEGER)) {
				throw new IllegalStateException(field.getKey() + " must be written as " + type);
			}
			line.append(separator).append(field.getKey()).append('=').append(field.getValue());
			separator = ",";
		}
		line.append(' ').append(ChronoUnit.NANOS.between(Instant.EPOCH, time));
		this.lines.add(line.toString());
	}

	static String integer(long value) {
		return value + "i";
	}

	static String decimal(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
