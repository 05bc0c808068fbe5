package org.nordpark.bridge.chirpstack;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;

/** Binary protobuf events ({@code json=false} in ChirpStack's MQTT integration). */
final class ChirpStackProtobufEventParser implements ChirpStackEventParser {

	@Override
	public Message parse(EventType type, byte[] payload) {
		Message prototype = type.prototype();
		if (prototype == null) {
			throw new IllegalArgumentException("no message type for event " + type.id());
		}
		try {
			return prototype.getParserForType().parseFrom(payload);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new MalformedEventException("invalid protobuf " + type.id() + " event: " + firstLine(ex));
		}
	}

	static String firstLine(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
