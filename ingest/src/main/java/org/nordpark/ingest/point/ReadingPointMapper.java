package org.nordpark.ingest.point;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.influxdb.dto.Point;
import org.jspecify.annotations.Nullable;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.InfluxSchema.FieldType;
import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.model.LinkQuality;
import org.nordpark.model.Observation;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;

/**
 * Maps a reading to its InfluxDB points (design §5): one point per observation in the
 * measurement of the observation's kind — the reading's own unless the observation names
 * another, as a sensor that measures several things does (tags {@code sensor_id},
 * {@code zone} and the observation's dims), one {@code device} point holding every
 * device-health value of the reading, and one {@code link} point when the reading has
 * link data. Field types come from {@link InfluxSchema}, so integers are written as
 * integers. Point time is the reading's time in nanoseconds, which makes a redelivered
 * reading rewrite the same points. Stateless and thread-safe.
 */
public final class ReadingPointMapper {

	/** Largest magnitude a double holds as an exact integer. */
	private static final double MAX_EXACT_INTEGER = 9.007199254740992E15;

	/**
	 * Maps a reading.
	 * @throws UnmappableReadingException when a value's field or a dim is not in the
	 * schema, an integer field holds a fraction, or the time is out of InfluxDB's range
	 */
	public MappedReading map(Reading reading) {
		long time = nanos(reading.time());
		List<String> lines = new ArrayList<>(reading.observations().size() + 2);
		Point.Builder device = null;
		for (Observation observation : reading.observations()) {
			SensorKind kind = observation.kindIn(reading.kind());
			Measurement own = InfluxSchema.forKind(kind);
			Point.Builder point = null;
			for (Map.Entry<String, Double> value : observation.values().entrySet()) {
				String field = value.getKey();
				Measurement measurement = InfluxSchema.forField(kind, field)
					.orElseThrow(() -> new UnmappableReadingException(
							"field '" + field + "' is not in the schema of measurement '" + own.name() + "'"));
				if (measurement == InfluxSchema.DEVICE) {
					if (device == null) {
						device = deviceBuilder(reading, time);
					}
					addField(device, measurement, field, value.getValue());
				}
				else {
					if (point == null) {
						point = observationBuilder(reading, own, observation, time);
					}
					addField(point, measurement, field, value.getValue());
				}
			}
			if (point != null) {
				lines.add(point.build().lineProtocol());
			}
		}
		if (device != null) {
			lines.add(device.build().lineProtocol());
		}
		String link = linkLine(reading, time);
		if (link != null) {
			lines.add(link);
		}
		return new MappedReading(lines, time);
	}

	private static Point.Builder observationBuilder(Reading reading, Measurement measurement, Observation observation,
			long time) {
		Point.Builder point = base(measurement, reading, time);
		for (Map.Entry<String, String> dim : observation.dims().entrySet()) {
			if (!measurement.tags().contains(dim.getKey())) {
				throw new UnmappableReadingException(
						"dimension '" + dim.getKey() + "' is not a tag of measurement '" + measurement.name() + "'");
			}
			point.tag(dim.getKey(), dim.getValue());
		}
		return point;
	}

	private static Point.Builder deviceBuilder(Reading reading, long time) {
		Point.Builder point = base(InfluxSchema.DEVICE, reading, time);
		if (reading.model() != null) {
			point.tag(InfluxSchema.TAG_MODEL, reading.model());
		}
		return point;
	}

	private static @Nullable String linkLine(Reading reading, long time) {
		LinkQuality link = reading.link();
		if (link == null) {
			return null;
		}
		Point.Builder point = base(InfluxSchema.LINK, reading, time);
		boolean any = false;
		if (link.rssi() != null) {
			addField(point, InfluxSchema.LINK, InfluxSchema.RSSI_DBM, link.rssi());
			any = true;
		}
		if (link.snr() != null) {
			addField(point, InfluxSchema.LINK, InfluxSchema.SNR_DB, link.snr());
			any = true;
		}
		if (link.gateways() != null) {
			addField(point, InfluxSchema.LINK, InfluxSchema.GATEWAYS, link.gateways());
			any = true;
		}
		if (link.sf() != null) {
			addField(point, InfluxSchema.LINK, InfluxSchema.SF, link.sf());
			any = true;
		}
		if (link.fCnt() != null) {
			addField(point, InfluxSchema.LINK, InfluxSchema.F_CNT, link.fCnt());
			any = true;
		}
		return any ? point.build().lineProtocol() : null;
	}

	private static Point.Builder base(Measurement measurement, Reading reading, long time) {
		Point.Builder point = Point.measurement(measurement.name())
			.time(time, TimeUnit.NANOSECONDS)
			.tag(InfluxSchema.TAG_SENSOR_ID, reading.sensorId());
		if (reading.zone() != null) {
			point.tag(InfluxSchema.TAG_ZONE, reading.zone());
		}
		return point;
	}

	private static void addField(Point.Builder point, Measurement measurement, String field, double value) {
		FieldType type = measurement.fields().get(field);
		if (type == FieldType.INTEGER) {
			if (value != Math.rint(value) || Math.abs(value) > MAX_EXACT_INTEGER) {
				throw new UnmappableReadingException("field '" + field + "' of measurement '" + measurement.name()
						+ "' must be a whole number, got " + value);
			}
			point.addField(field, (long) value);
		}
		else {
			point.addField(field, value);
		}
	}

	private static long nanos(Instant time) {
		try {
			return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano());
		}
		catch (ArithmeticException ex) {
			throw new UnmappableReadingException("time " + time + " is outside InfluxDB's range (years 1677 to 2262)");
		}
	}

}
