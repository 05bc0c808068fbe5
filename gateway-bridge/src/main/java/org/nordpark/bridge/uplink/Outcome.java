package org.nordpark.bridge.uplink;

import org.nordpark.model.Reading;

/** What to do with one event. */
public sealed interface Outcome {

	/** Publish this reading, then acknowledge the event. */
	record Publish(Reading reading) implements Outcome {

	}

	/**
	 * Dead-letter the event, then acknowledge it.
	 *
	 * @param category bounded reason category for metrics, e.g. {@code malformed-event}
	 * @param reason the one-line reason
	 * @param sensorId the device, when known
	 */
	record Reject(String category, String reason, String sensorId) implements Outcome {

		public static final String MALFORMED_EVENT = "malformed-event";

		public static final String UNKNOWN_DEVICE = "unknown-device";

		public static final String DECODE_ERROR = "decode-error";

		public static final String INVALID_READING = "invalid-reading";

	}

	/** Only count the event, then acknowledge it. */
	record Skip(String eventType) implements Outcome {

	}

}
