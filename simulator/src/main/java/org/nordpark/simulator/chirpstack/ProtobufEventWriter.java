package org.nordpark.simulator.chirpstack;

import java.nio.charset.StandardCharsets;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.chirpstack.api.integration.StatusEvent;
import io.chirpstack.api.integration.UplinkEvent;

/**
 * Writes events as binary protobuf, as ChirpStack does with {@code json=false}. The event
 * is built once, in its JSON form, and read into the generated message with the protobuf
 * JSON mapping, so both forms always carry the same values.
 */
public final class ProtobufEventWriter {

	private static final JsonFormat.Parser PARSER = JsonFormat.parser();

	private final JsonEventWriter json;

	public ProtobufEventWriter(JsonEventWriter json) {
		this.json = json;
	}

	/** An {@code up} event. */
	public byte[] up(org.nordpark.simulator.chirpstack.UplinkEvent event) {
		return toBinary(this.json.up(event), UplinkEvent.newBuilder());
	}

	/** A {@code status} event. */
	public byte[] status(org.nordpark.simulator.chirpstack.StatusEvent event) {
		return toBinary(this.json.status(event), StatusEvent.newBuilder());
	}

	private static byte[] toBinary(byte[] json, Message.Builder builder) {
		try {
			PARSER.merge(new String(json, StandardCharsets.UTF_8), builder);
			return builder.build().toByteArray();
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException("event does not fit ChirpStack's protobuf schema: " + ex.getMessage(), ex);
		}
	}

}
