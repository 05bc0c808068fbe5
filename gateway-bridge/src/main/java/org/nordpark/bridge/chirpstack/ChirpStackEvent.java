package org.nordpark.bridge.chirpstack;

import com.google.protobuf.Message;

/**
 * One parsed integration event.
 *
 * @param type the event type from the topic
 * @param encoding how the payload was encoded
 * @param message the generated message, e.g. {@code UplinkEvent} for {@link EventType#UP}
 */
public record ChirpStackEvent(EventType type, Encoding encoding, Message message) {

	/** The two payload encodings ChirpStack's MQTT integration can be set to. */
	public enum Encoding {

		JSON, PROTOBUF

	}

}
