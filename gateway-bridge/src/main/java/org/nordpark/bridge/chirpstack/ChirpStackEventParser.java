package org.nordpark.bridge.chirpstack;

import com.google.protobuf.Message;

/** Parses one encoding of ChirpStack integration events into the generated messages. */
interface ChirpStackEventParser {

	/**
	 * Parses a payload into a message of the given type.
	 * @throws MalformedEventException when the payload is not a valid event
	 */
	Message parse(EventType type, byte[] payload);

}
