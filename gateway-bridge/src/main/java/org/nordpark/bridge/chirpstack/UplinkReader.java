package org.nordpark.bridge.chirpstack;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Duration;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import com.google.protobuf.util.Durations;
import com.google.protobuf.util.Timestamps;
import io.chirpstack.api.gw.LoraModulationInfo;
import io.chirpstack.api.gw.Modulation;
import io.chirpstack.api.gw.UplinkRxInfo;
import io.chirpstack.api.gw.UplinkTxInfo;
import io.chirpstack.api.integration.DeviceInfo;
import io.chirpstack.api.integration.UplinkEvent;
import org.jspecify.annotations.Nullable;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.Device;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.Uplink;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON {@code up} event into an {@link Uplink} in one pass of Jackson's streaming
 * parser. The fields the bridge uses are kept; every other field of {@code UplinkEvent}
 * is checked against its type in the generated descriptor, as {@code JsonFormat} checks
 * it (proto3 JSON mapping: JSON or proto names, numbers as numbers or strings, enums by
 * name or number, base64 bytes, RFC 3339 timestamps), and dropped; unknown fields are
 * skipped. Whatever it is not sure about (a {@code null}, a field given twice, a value of
 * another type, an unusual timestamp) makes it answer {@code null}, and the caller asks
 * {@code JsonFormat}, the authority for such events and for the reason of a rejection.
 */
final class UplinkReader {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	private static final Map<Descriptor, Schema> SCHEMAS = new HashMap<>();

	private static final long UINT32_MAX = 0xFFFF_FFFFL;

	static {
		index(UplinkEvent.getDescriptor());
	}

	/** The strings and maps the bridge uses; the others are only checked, not decoded. */
	private static final Set<FieldDescriptor> KEPT = Set.of(
			UplinkEvent.getDescriptor().findFieldByNumber(UplinkEvent.DEDUPLICATION_ID_FIELD_NUMBER),
			DeviceInfo.getDescriptor().findFieldByNumber(DeviceInfo.DEV_EUI_FIELD_NUMBER),
			DeviceInfo.getDescriptor().findFieldByNumber(DeviceInfo.DEVICE_NAME_FIELD_NUMBER),
			DeviceInfo.getDescriptor().findFieldByNumber(DeviceInfo.DEVICE_PROFILE_NAME_FIELD_NUMBER),
			DeviceInfo.getDescriptor().findFieldByNumber(DeviceInfo.TAGS_FIELD_NUMBER));

	/**
	 * Reads an {@code up} event.
	 * @param payload the event, already checked to be UTF-8
	 * @return the event, or {@code null} when {@code JsonFormat} must decide
	 */
	@Nullable Uplink read(byte[] payload) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), payload)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			Object[] event = message(parser, UplinkEvent.getDescriptor());
			return (parser.nextToken() == null) ? uplink(event) : null;
		}
		catch (Fallback | JacksonException | IllegalArgumentException | DateTimeException ex) {
			return null;
		}
	}

	@SuppressWarnings("unchecked")
	private static Uplink uplink(Object[] event) {
		List<Uplink.Reception> receptions = new ArrayList<>();
		Instant time = (Instant) get(event, UplinkEvent.TIME_FIELD_NUMBER, null);
		boolean timeGiven = time != null;
		for (Object element : (List<?>) get(event, UplinkEvent.RX_INFO_FIELD_NUMBER, List.of())) {
			Object[] rx = (Object[]) element;
			receptions.add(new Uplink.Reception(number(rx, UplinkRxInfo.RSSI_FIELD_NUMBER),
					(Float) get(rx, UplinkRxInfo.SNR_FIELD_NUMBER, 0f)));
			if (!timeGiven) {
				time = Uplink.earliest(time, (Instant) get(rx, UplinkRxInfo.GW_TIME_FIELD_NUMBER, null));
				time = Uplink.earliest(time, (Instant) get(rx, UplinkRxInfo.NS_TIME_FIELD_NUMBER, null));
			}
		}
		Object[] info = (Object[]) get(event, UplinkEvent.DEVICE_INFO_FIELD_NUMBER, null);
		Device device = (info != null) ? new Device((String) get(info, DeviceInfo.DEV_EUI_FIELD_NUMBER, ""),
				(String) get(info, DeviceInfo.DEVICE_NAME_FIELD_NUMBER, ""),
				(String) get(info, DeviceInfo.DEVICE_PROFILE_NAME_FIELD_NUMBER, ""),
				(Map<String, String>) get(info, DeviceInfo.TAGS_FIELD_NUMBER, Map.of())) : null;
		Object[] tx = (Object[]) get(event, UplinkEvent.TX_INFO_FIELD_NUMBER, new Object[0]);
		Object[] modulation = (Object[]) get(tx, UplinkTxInfo.MODULATION_FIELD_NUMBER, new Object[0]);
		Object[] lora = (Object[]) get(modulation, Modulation.LORA_FIELD_NUMBER, new Object[0]);
		return new Uplink((String) get(event, UplinkEvent.DEDUPLICATION_ID_FIELD_NUMBER, ""), time, device,
				(Long) get(event, UplinkEvent.F_CNT_FIELD_NUMBER, 0L), number(event, UplinkEvent.F_PORT_FIELD_NUMBER),
				(ByteString) get(event, UplinkEvent.DATA_FIELD_NUMBER, ByteString.EMPTY),
				(Struct) get(event, UplinkEvent.OBJECT_FIELD_NUMBER, null), Collections.unmodifiableList(receptions),
				number(lora, LoraModulationInfo.SPREADING_FACTOR_FIELD_NUMBER));
	}

	/** The fields of one JSON object by their field number; never null. */
	private static Object[] message(JsonParser parser, Descriptor type) {
		Schema schema = SCHEMAS.get(type);
		if (schema == null) {
			throw Fallback.INSTANCE;
		}
		Object[] values = new Object[schema.slots()];
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			FieldDescriptor field = schema.fields().get(name);
			JsonToken token = parser.nextToken();
			if (field == null) {
				parser.skipChildren();
				continue;
			}
			if (token == JsonToken.VALUE_NULL || values[field.getNumber()] != null) {
				throw Fallback.INSTANCE;
			}
			values[field.getNumber()] = value(parser, field);
		}
		for (OneofDescriptor oneof : type.getRealOneofs()) {
			if (oneof.getFields().stream().filter((member) -> values[member.getNumber()] != null).count() > 1) {
				throw Fallback.INSTANCE;
			}
		}
		return values;
	}

	private static Object value(JsonParser parser, FieldDescriptor field) {
		if (field.isMapField()) {
			expect(parser, JsonToken.START_OBJECT);
			Map<String, String> map = KEPT.contains(field) ? new HashMap<>() : null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String key = parser.currentName();
				parser.nextToken();
				expect(parser, JsonToken.VALUE_STRING);
				if (map != null) {
					map.put(key, parser.getString());
				}
			}
			return (map != null) ? Collections.unmodifiableMap(map) : Boolean.TRUE;
		}
		if (field.isRepeated()) {
			expect(parser, JsonToken.START_ARRAY);
			List<Object> list = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				if (parser.currentToken() == JsonToken.VALUE_NULL) {
					throw Fallback.INSTANCE;
				}
				list.add(single(parser, field));
			}
			return list;
		}
		return single(parser, field);
	}

	private static Object single(JsonParser parser, FieldDescriptor field) {
		return switch (field.getType()) {
			case STRING -> KEPT.contains(field) ? string(parser) : checked(parser, JsonToken.VALUE_STRING);
			case BOOL -> bool(parser);
			case INT32, SINT32, SFIXED32 -> integer(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
			case UINT32, FIXED32 -> integer(parser, 0, UINT32_MAX);
			case FLOAT -> float32(parser);
			case DOUBLE -> float64(parser);
			case BYTES -> bytes(parser);
			case ENUM -> enumValue(parser, field);
			case MESSAGE -> messageValue(parser, field.getMessageType());
			default -> throw Fallback.INSTANCE;
		};
	}

	private static Object messageValue(JsonParser parser, Descriptor type) {
		if (type == Timestamp.getDescriptor()) {
			return timestamp(parser);
		}
		if (type == Duration.getDescriptor()) {
			try {
				return Durations.parse(string(parser));
			}
			catch (ParseException ex) {
				throw Fallback.INSTANCE;
			}
		}
		if (type == Struct.getDescriptor()) {
			return struct(parser);
		}
		expect(parser, JsonToken.START_OBJECT);
		return message(parser, type);
	}

	private static Struct struct(JsonParser parser) {
		expect(parser, JsonToken.START_OBJECT);
		Struct.Builder struct = Struct.newBuilder();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			struct.putFields(name, structValue(parser));
		}
		return struct.build();
	}

	private static Value structValue(JsonParser parser) {
		JsonToken token = parser.currentToken();
		return switch (token) {
			case START_OBJECT -> Value.newBuilder().setStructValue(struct(parser)).build();
			case START_ARRAY -> {
				ListValue.Builder list = ListValue.newBuilder();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					list.addValues(structValue(parser));
				}
				yield Value.newBuilder().setListValue(list).build();
			}
			case VALUE_STRING -> Value.newBuilder().setStringValue(parser.getString()).build();
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Value.newBuilder().setNumberValue(float64(parser)).build();
			case VALUE_TRUE, VALUE_FALSE -> Value.newBuilder().setBoolValue(token == JsonToken.VALUE_TRUE).build();
			case VALUE_NULL -> Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
			default -> throw Fallback.INSTANCE;
		};
	}

	private static String string(JsonParser parser) {
		expect(parser, JsonToken.VALUE_STRING);
		return parser.getString();
	}

	private static Boolean bool(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
			throw Fallback.INSTANCE;
		}
		return token == JsonToken.VALUE_TRUE;
	}

	private static Long integer(JsonParser parser, long min, long max) {
		JsonToken token = parser.currentToken();
		long value;
		if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
			value = parser.getLongValue();
		}
		else if (token == JsonToken.VALUE_STRING) {
			value = Long.parseLong(parser.getString());
		}
		else {
			throw Fallback.INSTANCE;
		}
		if (value < min || value > max) {
			throw Fallback.INSTANCE;
		}
		return value;
	}

	private static Float float32(JsonParser parser) {
		double value = float64(parser);
		if (Math.abs(value) > Float.MAX_VALUE) {
			throw Fallback.INSTANCE;
		}
		return (float) value;
	}

	private static double float64(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
			throw Fallback.INSTANCE;
		}
		double value = parser.getDoubleValue();
		if (!Double.isFinite(value)) {
			throw Fallback.INSTANCE;
		}
		return value;
	}

	private static ByteString bytes(JsonParser parser) {
		String text = string(parser);
		try {
			return ByteString.copyFrom(Base64.getDecoder().decode(text));
		}
		catch (IllegalArgumentException ex) {
			return ByteString.copyFrom(Base64.getUrlDecoder().decode(text));
		}
	}

	private static Object enumValue(JsonParser parser, FieldDescriptor field) {
		JsonToken token = parser.currentToken();
		boolean number = token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT;
		Object value = (token == JsonToken.VALUE_STRING) ? field.getEnumType().findValueByName(parser.getString())
				: number ? field.getEnumType().findValueByNumber(parser.getIntValue()) : null;
		if (value == null) {
			throw Fallback.INSTANCE;
		}
		return value;
	}

	/**
	 * RFC 3339 as {@code yyyy-MM-ddTHH:mm:ss[.f]} with {@code Z} or {@code ±HH:MM}, read
	 * by position and checked by {@code java.time}; {@code Timestamps.parse} goes through
	 * {@code SimpleDateFormat} and a formatter pass costs more than the rest of the
	 * event. Other forms (lower-case letters, years beyond 9999, more than nine digits)
	 * are left to {@code JsonFormat}.
	 */
	private static Instant timestamp(JsonParser parser) {
		String text = string(parser);
		int length = text.length();
		if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			throw Fallback.INSTANCE;
		}
		int at = 19;
		int nanos = 0;
		if (text.charAt(at) == '.') {
			int start = ++at;
			while (at < length && at - start < 9 && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
				nanos = nanos * 10 + (text.charAt(at++) - '0');
			}
			for (int scale = at - start; scale < 9; scale++) {
				nanos *= 10;
			}
			if (at == start) {
				throw Fallback.INSTANCE;
			}
		}
		int offset;
		if (at == length - 1 && text.charAt(at) == 'Z') {
			offset = 0;
		}
		else if (at == length - 6 && (text.charAt(at) == '+' || text.charAt(at) == '-') && text.charAt(at + 3) == ':') {
			int hours = digits(text, at + 1, 2);
			int minutes = digits(text, at + 4, 2);
			if (hours > 23 || minutes > 59) {
				throw Fallback.INSTANCE;
			}
			offset = ((text.charAt(at) == '+') ? 1 : -1) * (hours * 3600 + minutes * 60);
		}
		else {
			throw Fallback.INSTANCE;
		}
		long seconds = LocalDateTime
			.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2), digits(text, 11, 2), digits(text, 14, 2),
					digits(text, 17, 2))
			.toEpochSecond(ZoneOffset.UTC) - offset;
		if (!Timestamps.isValid(seconds, nanos)) {
			throw Fallback.INSTANCE;
		}
		return Instant.ofEpochSecond(seconds, nanos);
	}

	private static int digits(String text, int start, int count) {
		int value = 0;
		for (int i = start; i < start + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw Fallback.INSTANCE;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	/** A value that is checked, not decoded: a string is only skipped by the parser. */
	private static Boolean checked(JsonParser parser, JsonToken token) {
		expect(parser, token);
		return Boolean.TRUE;
	}

	private static void expect(JsonParser parser, JsonToken token) {
		if (parser.currentToken() != token) {
			throw Fallback.INSTANCE;
		}
	}

	private static Object get(Object[] values, int number, @Nullable Object absent) {
		Object value = (number < values.length) ? values[number] : null;
		return (value != null) ? value : absent;
	}

	private static int number(Object[] values, int number) {
		return (int) (long) (Long) get(values, number, 0L);
	}

	/** Both names of every field of the event's messages, well-known types excepted. */
	private static void index(Descriptor type) {
		if (SCHEMAS.containsKey(type) || type.getFile().getPackage().equals("google.protobuf")) {
			return;
		}
		Map<String, FieldDescriptor> byName = new HashMap<>();
		int slots = 1;
		for (FieldDescriptor field : type.getFields()) {
			byName.put(field.getName(), field);
			byName.put(field.getJsonName(), field);
			slots = Math.max(slots, field.getNumber() + 1);
		}
		SCHEMAS.put(type, new Schema(byName, slots));
		for (FieldDescriptor field : type.getFields()) {
			if (field.getType() == FieldDescriptor.Type.MESSAGE && !field.isMapField()) {
				index(field.getMessageType());
			}
		}
	}

	/** A message's fields by JSON and proto name; slots for its field numbers. */
	private record Schema(Map<String, FieldDescriptor> fields, int slots) {
	}

	/** Leaves the event to {@code JsonFormat}; thrown without a stack trace. */
	private static final class Fallback extends RuntimeException {

		static final Fallback INSTANCE = new Fallback();

		private Fallback() {
			super("fall back to JsonFormat", null, false, false);
		}

	}

}
