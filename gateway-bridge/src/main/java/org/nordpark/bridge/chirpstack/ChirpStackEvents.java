package org.nordpark.bridge.chirpstack;

/**
 * Parses ChirpStack integration events, detecting the encoding of each message: a JSON
 * event is an object, so its first non-blank byte is <code>{</code>; a binary event
 * starts with a protobuf tag byte (0x0A or 0x08). Thread-safe.
 */
public final class ChirpStackEvents {

	private final ChirpStackEventParser json = new ChirpStackJsonEventParser();

	private final ChirpStackEventParser protobuf = new ChirpStackProtobufEventParser();

	/**
	 * Parses an event.
	 * @param type the type named by the topic; must not be {@link EventType#OTHER}
	 * @param payload the MQTT payload
	 * @throws MalformedEventException when the payload is not a valid event
	 */
	public ChirpStackEvent parse(EventType type, byte[] payload) {
		if (payload.length == 0) {
			throw new MalformedEventException("empty " + type.id() + " event");
		}
		if (isJson(payload)) {
			return new ChirpStackEvent(type, ChirpStackEvent.Encoding.JSON, this.json.parse(type, payload));
		}
		return new ChirpStackEvent(type, ChirpStackEvent.Encoding.PROTOBUF, this.protobuf.parse(type, payload));
	}

	static boolean isJson(byte[] payload) {
		for (byte b : payload) {
			if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
				continue;
			}
			return b == '{';
		}
		return false;
	}

}
