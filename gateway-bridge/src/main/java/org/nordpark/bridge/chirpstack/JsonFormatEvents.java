package org.nordpark.bridge.chirpstack;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.UnsafeByteOperations;
import com.google.protobuf.util.JsonFormat;

/**
 * JSON events ({@code json=true}, the proto3 JSON mapping ChirpStack writes with pbjson)
 * read by protobuf's {@code JsonFormat}: the authority for every event type, for the
 * {@code up} events {@link UplinkReader} is not sure about, and for the reason of a
 * rejection. Unknown fields are ignored because every ChirpStack release adds some, and
 * the shapes of older v4 releases differ only in fields the bridge does not read (the
 * region in {@code rxInfo[].metadata} before v4.11, {@code rxInfo[].time} before v4.6).
 */
final class JsonFormatEvents {

	private final JsonFormat.Parser parser = JsonFormat.parser().ignoringUnknownFields();

	/**
	 * Parses an event.
	 * @param payload the event, already checked to be UTF-8 ({@link #requireUtf8})
	 * @throws MalformedEventException with {@code JsonFormat}'s reason
	 */
	Message parse(EventType type, byte[] payload) {
		Message.Builder builder = type.prototype().newBuilderForType();
		try {
			this.parser.merge(new String(payload, StandardCharsets.UTF_8), builder);
		}
		catch (InvalidProtocolBufferException | RuntimeException ex) {
			// Gson inside JsonFormat throws unchecked exceptions for some syntax errors
			throw new MalformedEventException("invalid JSON " + type.id() + " event: " + firstLine(ex.getMessage()));
		}
		return builder.build();
	}

	static String firstLine(String message) {
		String text = String.valueOf(message);
		int newline = text.indexOf('\n');
		return (newline < 0) ? text : text.substring(0, newline);
	}

	/** JSON must be UTF-8 (RFC 8259); other bytes are rejected, not replaced. */
	static void requireUtf8(EventType type, byte[] payload) {
		if (!UnsafeByteOperations.unsafeWrap(payload).isValidUtf8()) {
			ByteBuffer bytes = ByteBuffer.wrap(payload);
			try {
				StandardCharsets.UTF_8.newDecoder().decode(bytes);
			}
			catch (CharacterCodingException ex) {
				// the decoder stops at the first byte that is not UTF-8
			}
			throw new MalformedEventException(
					"invalid JSON " + type.id() + " event: not UTF-8 at byte " + bytes.position());
		}
	}

}
