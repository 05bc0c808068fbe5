package org.nordpark.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.nordpark.model.Dims;
import org.nordpark.model.LinkQuality;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Observation;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.MqttRecorder;

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

	/**
	 * Publishes a reading under a topic prefix. Retries while Paho reports too many
	 * publishes in progress: it frees a slot only after its callback thread has seen the
	 * PUBACK, a little after a synchronous publish returns.
	 */
	public static void publish(MqttRecorder publisher, String prefix, Reading reading) {
		publish(publisher, topic(prefix, reading), json(reading));
	}

	/** Publishes bytes, retrying while Paho reports too many publishes in progress. */
	public static void publish(MqttRecorder publisher, String topic, byte[] payload) {
		for (int attempt = 0;; attempt++) {
			try {
				publisher.publish(topic, payload);
				return;
			}
			catch (IllegalStateException ex) {
				if (attempt > 1000 || !(ex.getCause() instanceof MqttException mqtt)
						|| mqtt.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT) {
					throw ex;
				}
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw ex;
				}
			}
		}
	}

	/**
	 * Where ingest reads readings: the batch topic (one reading alone is a batch of one).
	 */
	public static String topic(String prefix, Reading reading) {
		return prefix + Topics.READING_BATCHES;
	}

	public static byte[] json(Reading reading) {
		return ModelJson.write(reading);
	}

}
