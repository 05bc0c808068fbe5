package org.nordpark.model;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * MQTT topic names and filters (design §1, §4). Topic levels built from ids are safe
 * because sensor ids are hex and kinds are fixed.
 */
public final class Topics {

	/** Root of every topic Nordpark publishes. */
	public static final String ROOT = "nordpark/v1";

	/** Every normalized reading. */
	public static final String READINGS_ALL = ROOT + "/readings/#";

	/**
	 * Readings in batches, one JSON reading per line ({@link ReadingBatch}): the
	 * at-least-once feed from the bridge to ingest (design §4).
	 */
	public static final String READING_BATCHES = ROOT + "/batches/readings";

	/** Every catalog entry. */
	public static final String SENSORS_ALL = ROOT + "/sensors/+";

	/** Every dead letter. */
	public static final String DEAD_LETTERS_ALL = ROOT + "/deadletter/#";

	/** ChirpStack v4's default event topics for all applications and devices. */
	public static final String CHIRPSTACK_EVENTS = "application/+/device/+/event/+";

	private static final String READINGS_PREFIX = ROOT + "/readings/";

	private static final String SENSORS_PREFIX = ROOT + "/sensors/";

	private Topics() {
	}

	/** The topic of one sensor's readings. */
	public static String readings(SensorKind kind, String sensorId) {
		return READINGS_PREFIX + kind.id() + "/" + sensorId;
	}

	/** A filter for all readings, or for readings of one kind. */
	public static String readingsFilter(@Nullable SensorKind kind) {
		return (kind != null) ? READINGS_PREFIX + kind.id() + "/+" : READINGS_ALL;
	}

	/** The retained catalog topic of one sensor. */
	public static String sensor(String sensorId) {
		return SENSORS_PREFIX + sensorId;
	}

	/** The dead-letter topic of a stage, e.g. {@code bridge} or {@code ingest}. */
	public static String deadLetter(String stage) {
		return ROOT + "/deadletter/" + stage;
	}

	/** The sensor id of a catalog topic. */
	public static Optional<String> sensorIdOfCatalogTopic(String topic) {
		if (!topic.startsWith(SENSORS_PREFIX)) {
			return Optional.empty();
		}
		String id = topic.substring(SENSORS_PREFIX.length());
		return DevEui.isSensorId(id) ? Optional.of(id) : Optional.empty();
	}

}
