package org.nordpark.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nordpark.model.Dims;
import org.nordpark.model.LinkQuality;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Observation;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;
import org.nordpark.model.Topics;

/** Readings for tests, with the points each one must become. */
public final class TestReadings {

	private TestReadings() {
	}

	/** A sensor id made from a number. */
	public static String sensor(int n) {
		return String.format("70b3d5e75e%06x", n);
	}

	/** A parking reading: one {@code parking} point and one {@code link} point. */
	public static Reading parking(String sensorId, Instant time, int occupied, long fCnt) {
		return new Reading("up-" + sensorId + "-" + fCnt, sensorId, "bay", "bosch-tps110", SensorKind.PARKING, "P1",
				time, List.of(Observation.of(Map.of("occupied", (double) occupied))),
				new LinkQuality(-90, 7.5, 1, 9, fCnt));
	}

	/**
	 * A traffic reading: two {@code traffic} points, one {@code device} point, one
	 * {@code link} point.
	 */
	public static Reading traffic(String sensorId, Instant time, int cars, int bicycles, long fCnt) {
		return new Reading("up-" + sensorId + "-" + fCnt, sensorId, "counter", "parametric-tcr", SensorKind.TRAFFIC,
				"road-1", time,
				List.of(new Observation(Map.of(Dims.CLASS, "car", Dims.DIRECTION, "in"),
						Map.of("count", (double) cars, "avg_speed_kmh", 30.0 + cars)),
						new Observation(Map.of(Dims.CLASS, "bicycle", Dims.DIRECTION, "in"),
								Map.of("count", (double) bicycles)),
						Observation.of(Map.of("battery_pct", 90.0))),
				new LinkQuality(-100, 2.0, 2, 10, fCnt));
	}

	public static String topic(String prefix, Reading reading) {
		return prefix + Topics.readings(reading.kind(), reading.sensorId());
	}

	public static byte[] json(Reading reading) {
		return ModelJson.write(reading);
	}

}
