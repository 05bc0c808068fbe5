package org.nordpark.bridge.chirpstack;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.chirpstack.api.integration.UplinkEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON events ({@code json=true}, the protobuf JSON mapping ChirpStack writes with
 * pbjson). {@code up} events are read by {@link UplinkJsonReader} in one streaming pass;
 * other events, and {@code up} events it leaves alone, by protobuf's {@code JsonFormat}.
 * Unknown fields are ignored because every ChirpStack release adds some. Shapes of
 * v4.0-v4.10 are accepted too: {@code rxInfo[].time} (renamed {@code gwTime} in v4.6) and
 * the region in {@code rxInfo[].metadata} (top-level {@code regionConfigId} since v4.11).
 */
final class ChirpStackJsonEventParser implements ChirpStackEventParser {

	static final String RX_INFO = "rxInfo";

	static final String OLD_GW_TIME = "time";

	static final String GW_TIME = "gwTime";

	static final String METADATA = "metadata";

	static final String REGION_CONFIG_ID = "regionConfigId";

	static final String[] OLD_REGION_KEYS = { "region_config_id", "region_name" };

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final JsonFormat.Parser parser = JsonFormat.parser().ignoringUnknownFields();

	private final UplinkJsonReader uplinks = new UplinkJsonReader();

	@Override
	public Message parse(EventType type, byte[] payload) {
		requireUtf8(type, payload);
		if (type == EventType.UP) {
			UplinkEvent uplink = this.uplinks.read(payload);
			if (uplink != null) {
				return uplink;
			}
		}
		return parseWithJsonFormat(type, new String(payload, StandardCharsets.UTF_8));
	}

	/** Parses with protobuf's {@code JsonFormat}, the authority for every shape. */
	Message parseWithJsonFormat(EventType type, String payload) {
		Message prototype = type.prototype();
		if (prototype == null) {
			throw new IllegalArgumentException("no message type for event " + type.id());
		}
		Message parsed = parseDirectly(type, prototype, payload);
		if (parsed instanceof UplinkEvent uplink && uplink.getRegionConfigId().isEmpty()
				&& uplink.getRxInfoCount() > 0) {
			// no regionConfigId: written by ChirpStack before v4.11, maybe with
			// rxInfo[].time
			return parseOldShape(type, prototype, payload);
		}
		return parsed;
	}

	/** Current shapes straight into the message. */
	private Message parseDirectly(EventType type, Message prototype, String payload) {
		Message.Builder builder = prototype.newBuilderForType();
		try {
			this.parser.merge(payload, builder);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new MalformedEventException("invalid JSON " + type.id() + " event: " + firstLine(ex.getMessage()));
		}
		catch (RuntimeException ex) {
			// Gson inside JsonFormat throws unchecked exceptions for some syntax errors
			throw new MalformedEventException("invalid JSON " + type.id() + " event: " + firstLine(ex.getMessage()));
		}
		return builder.build();
	}

	/** The slow path: rewrite v4.0-v4.10 shapes in a JSON tree, then parse. */
	private Message parseOldShape(EventType type, Message prototype, String payload) {
		JsonNode tree;
		try {
			tree = MAPPER.readTree(payload);
		}
		catch (JacksonException ex) {
			throw new MalformedEventException(
					"invalid JSON " + type.id() + " event: " + firstLine(ex.getOriginalMessage()));
		}
		if (!(tree instanceof ObjectNode event)) {
			throw new MalformedEventException("invalid JSON " + type.id() + " event: not a JSON object");
		}
		upgradeOldShapes(event);
		return parseDirectly(type, prototype, MAPPER.writeValueAsString(event));
	}

	private static void upgradeOldShapes(ObjectNode event) {
		if (!(event.get(RX_INFO) instanceof tools.jackson.databind.node.ArrayNode rxInfo)) {
			return;
		}
		for (JsonNode element : rxInfo) {
			if (!(element instanceof ObjectNode rx)) {
				continue;
			}
			if (rx.has(OLD_GW_TIME) && !rx.has(GW_TIME)) {
				rx.set(GW_TIME, rx.remove(OLD_GW_TIME));
			}
			if (!event.hasNonNull(REGION_CONFIG_ID) || event.get(REGION_CONFIG_ID).asString().isEmpty()) {
				JsonNode metadata = rx.get(METADATA);
				for (String key : OLD_REGION_KEYS) {
					if (metadata != null && metadata.hasNonNull(key)) {
						event.put(REGION_CONFIG_ID, metadata.get(key).asString());
						break;
					}
				}
			}
		}
	}

	private static String firstLine(String message) {
		String text = String.valueOf(message);
		int newline = text.indexOf('\n');
		return (newline < 0) ? text : text.substring(0, newline);
	}

	/**
	 * JSON must be UTF-8 (RFC 8259); other bytes are rejected, not replaced. Checked in
	 * small chunks, without decoding the whole event into a string.
	 */
	static void requireUtf8(EventType type, byte[] payload) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
		ByteBuffer bytes = ByteBuffer.wrap(payload);
		CharBuffer chars = CharBuffer.allocate(256);
		while (true) {
			CoderResult result = decoder.decode(bytes, chars, true);
			if (result.isError()) {
				throw new MalformedEventException(
						"invalid JSON " + type.id() + " event: not UTF-8 at byte " + bytes.position());
			}
			if (result.isUnderflow()) {
				return;
			}
			chars.clear();
		}
	}

}
