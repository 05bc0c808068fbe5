package org.nordpark.bridge.chirpstack;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.google.protobuf.ByteString;
import com.google.protobuf.Duration;
import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
import com.google.protobuf.util.Durations;
import com.google.protobuf.util.Timestamps;
import io.chirpstack.api.DeviceClass;
import io.chirpstack.api.Location;
import io.chirpstack.api.LocationSource;
import io.chirpstack.api.gw.CRCStatus;
import io.chirpstack.api.gw.CodeRate;
import io.chirpstack.api.gw.FskModulationInfo;
import io.chirpstack.api.gw.LoraModulationInfo;
import io.chirpstack.api.gw.LrFhssModulationInfo;
import io.chirpstack.api.gw.Modulation;
import io.chirpstack.api.gw.UplinkRxInfo;
import io.chirpstack.api.gw.UplinkTxInfo;
import io.chirpstack.api.integration.DeviceInfo;
import io.chirpstack.api.integration.UplinkEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON {@code up} event straight into {@link UplinkEvent}'s builders with one
 * pass of Jackson's streaming parser. Protobuf's {@code JsonFormat} took more than half
 * of the bridge's CPU for the same work (a Gson tree, then reflection for every field;
 * see docs/performance.md), and {@code up} is nearly all of the traffic.
 * <p>
 * It follows the proto3 JSON mapping for the fields of {@code UplinkEvent} (JSON and
 * proto field names, numbers as numbers or strings, enums by name or number, base64
 * bytes, RFC 3339 timestamps) and ignores unknown fields. Whatever it is not sure about
 * (a {@code null}, a value of another type, a relay or join-server context) makes it
 * answer {@code null}, and the caller falls back to {@code JsonFormat}, which stays the
 * authority for such events and for the reason of a rejection (a duplicated key, too).
 */
final class UplinkJsonReader {

	private static final JsonFactory FACTORY = JsonFactory.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private static final Base64.Decoder BASE64 = Base64.getDecoder();

	private static final Base64.Decoder BASE64_URL = Base64.getUrlDecoder();

	private static final long UINT32_MAX = 0xFFFF_FFFFL;

	/**
	 * Reads an {@code up} event.
	 * @param payload the event, already checked to be UTF-8
	 * @return the event, or {@code null} when {@code JsonFormat} must decide
	 */
	@Nullable UplinkEvent read(byte[] payload) {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), payload)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			UplinkEvent.Builder event = UplinkEvent.newBuilder();
			List<@Nullable Timestamp> oldTimes = new ArrayList<>(3);
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				readEventField(parser, name, event, oldTimes);
			}
			if (parser.nextToken() != null) {
				return null;
			}
			if (event.getRegionConfigId().isEmpty() && event.getRxInfoCount() > 0) {
				upgradeOldShape(event, oldTimes);
			}
			return event.build();
		}
		catch (Fallback ex) {
			return null;
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return null;
		}
	}

	private static void readEventField(JsonParser parser, String name, UplinkEvent.Builder event,
			List<@Nullable Timestamp> oldTimes) {
		switch (name) {
			case "deduplicationId", "deduplication_id" -> event.setDeduplicationId(string(parser));
			case "time" -> event.setTime(timestamp(parser));
			case "deviceInfo", "device_info" -> event.setDeviceInfo(deviceInfo(parser));
			case "devAddr", "dev_addr" -> event.setDevAddr(string(parser));
			case "adr" -> event.setAdr(bool(parser));
			case "dr" -> event.setDr(uint32(parser));
			case "fCnt", "f_cnt" -> event.setFCnt(uint32(parser));
			case "fPort", "f_port" -> event.setFPort(uint32(parser));
			case "confirmed" -> event.setConfirmed(bool(parser));
			case "data" -> event.setData(bytes(parser));
			case "object" -> event.setObject(struct(parser));
			case "rxInfo", "rx_info" -> {
				expect(parser, JsonToken.START_ARRAY);
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					event.addRxInfo(rxInfo(parser, oldTimes));
				}
			}
			case "txInfo", "tx_info" -> event.setTxInfo(txInfo(parser));
			case "regionConfigId", "region_config_id" -> event.setRegionConfigId(string(parser));
			case "relayRxInfo", "relay_rx_info", "joinServerContext", "join_server_context" -> throw Fallback.INSTANCE;
			default -> parser.skipChildren();
		}
	}

	private static DeviceInfo deviceInfo(JsonParser parser) {
		expect(parser, JsonToken.START_OBJECT);
		DeviceInfo.Builder info = DeviceInfo.newBuilder();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "tenantId", "tenant_id" -> info.setTenantId(string(parser));
				case "tenantName", "tenant_name" -> info.setTenantName(string(parser));
				case "applicationId", "application_id" -> info.setApplicationId(string(parser));
				case "applicationName", "application_name" -> info.setApplicationName(string(parser));
				case "deviceProfileId", "device_profile_id" -> info.setDeviceProfileId(string(parser));
				case "deviceProfileName", "device_profile_name" -> info.setDeviceProfileName(string(parser));
				case "deviceName", "device_name" -> info.setDeviceName(string(parser));
				case "devEui", "dev_eui" -> info.setDevEui(string(parser));
				case "deviceClassEnabled", "device_class_enabled" ->
					info.setDeviceClassEnabled(enumValue(parser, DeviceClass::valueOf, DeviceClass::forNumber));
				case "tags" -> {
					expect(parser, JsonToken.START_OBJECT);
					while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
						String key = parser.currentName();
						parser.nextToken();
						info.putTags(key, string(parser));
					}
				}
				default -> parser.skipChildren();
			}
		}
		return info.build();
	}

	private static UplinkRxInfo rxInfo(JsonParser parser, List<@Nullable Timestamp> oldTimes) {
		expect(parser, JsonToken.START_OBJECT);
		UplinkRxInfo.Builder rx = UplinkRxInfo.newBuilder();
		Timestamp oldTime = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "gatewayId", "gateway_id" -> rx.setGatewayId(string(parser));
				case "uplinkId", "uplink_id" -> rx.setUplinkId(uint32(parser));
				case "gwTime", "gw_time" -> rx.setGwTime(timestamp(parser));
				// called "time" before ChirpStack v4.6 (same field number)
				case "time" -> oldTime = timestamp(parser);
				case "nsTime", "ns_time" -> rx.setNsTime(timestamp(parser));
				case "timeSinceGpsEpoch", "time_since_gps_epoch" -> rx.setTimeSinceGpsEpoch(duration(parser));
				case "fineTimeSinceGpsEpoch", "fine_time_since_gps_epoch" ->
					rx.setFineTimeSinceGpsEpoch(duration(parser));
				case "rssi" -> rx.setRssi(int32(parser));
				case "snr" -> rx.setSnr(float32(parser));
				case "channel" -> rx.setChannel(uint32(parser));
				case "rfChain", "rf_chain" -> rx.setRfChain(uint32(parser));
				case "board" -> rx.setBoard(uint32(parser));
				case "antenna" -> rx.setAntenna(uint32(parser));
				case "location" -> rx.setLocation(location(parser));
				case "context" -> rx.setContext(bytes(parser));
				case "metadata" -> {
					expect(parser, JsonToken.START_OBJECT);
					while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
						String key = parser.currentName();
						parser.nextToken();
						rx.putMetadata(key, string(parser));
					}
				}
				case "crcStatus", "crc_status" ->
					rx.setCrcStatus(enumValue(parser, CRCStatus::valueOf, CRCStatus::forNumber));
				default -> parser.skipChildren();
			}
		}
		oldTimes.add(oldTime);
		return rx.build();
	}

	private static Location location(JsonParser parser) {
		expect(parser, JsonToken.START_OBJECT);
		Location.Builder location = Location.newBuilder();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "latitude" -> location.setLatitude(float64(parser));
				case "longitude" -> location.setLongitude(float64(parser));
				case "altitude" -> location.setAltitude(float64(parser));
				case "source" ->
					location.setSource(enumValue(parser, LocationSource::valueOf, LocationSource::forNumber));
				case "accuracy" -> location.setAccuracy(float32(parser));
				default -> parser.skipChildren();
			}
		}
		return location.build();
	}

	private static UplinkTxInfo txInfo(JsonParser parser) {
		expect(parser, JsonToken.START_OBJECT);
		UplinkTxInfo.Builder tx = UplinkTxInfo.newBuilder();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "frequency" -> tx.setFrequency(uint32(parser));
				case "modulation" -> tx.setModulation(modulation(parser));
				default -> parser.skipChildren();
			}
		}
		return tx.build();
	}

	private static Modulation modulation(JsonParser parser) {
		expect(parser, JsonToken.START_OBJECT);
		Modulation.Builder modulation = Modulation.newBuilder();
		boolean seen = false;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "lora" -> modulation.setLora(lora(parser));
				case "fsk" -> modulation.setFsk(fsk(parser));
				case "lrFhss", "lr_fhss" -> modulation.setLrFhss(lrFhss(parser));
				default -> {
					parser.skipChildren();
					continue;
				}
			}
			if (seen) {
				// two members of one oneof: JsonFormat rejects it with its own reason
				throw Fallback.INSTANCE;
			}
			seen = true;
		}
		return modulation.build();
	}

	private static LoraModulationInfo lora(JsonParser parser) {
		expect(parser, JsonToken.START_OBJECT);
		LoraModulationInfo.Builder lora = LoraModulationInfo.newBuilder();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "bandwidth" -> lora.setBandwidth(uint32(parser));
				case "spreadingFactor", "spreading_factor" -> lora.setSpreadingFactor(uint32(parser));
				case "codeRateLegacy", "code_rate_legacy" -> lora.setCodeRateLegacy(string(parser));
				case "codeRate", "code_rate" ->
					lora.setCodeRate(enumValue(parser, CodeRate::valueOf, CodeRate::forNumber));
				case "polarizationInversion", "polarization_inversion" -> lora.setPolarizationInversion(bool(parser));
				case "preamble" -> lora.setPreamble(uint32(parser));
				case "noCrc", "no_crc" -> lora.setNoCrc(bool(parser));
				default -> parser.skipChildren();
			}
		}
		return lora.build();
	}

	private static FskModulationInfo fsk(JsonParser parser) {
		expect(parser, JsonToken.START_OBJECT);
		FskModulationInfo.Builder fsk = FskModulationInfo.newBuilder();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "frequencyDeviation", "frequency_deviation" -> fsk.setFrequencyDeviation(uint32(parser));
				case "datarate" -> fsk.setDatarate(uint32(parser));
				default -> parser.skipChildren();
			}
		}
		return fsk.build();
	}

	private static LrFhssModulationInfo lrFhss(JsonParser parser) {
		expect(parser, JsonToken.START_OBJECT);
		LrFhssModulationInfo.Builder lrFhss = LrFhssModulationInfo.newBuilder();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "operatingChannelWidth", "operating_channel_width" ->
					lrFhss.setOperatingChannelWidth(uint32(parser));
				case "codeRateLegacy", "code_rate_legacy" -> lrFhss.setCodeRateLegacy(string(parser));
				case "codeRate", "code_rate" ->
					lrFhss.setCodeRate(enumValue(parser, CodeRate::valueOf, CodeRate::forNumber));
				case "gridSteps", "grid_steps" -> lrFhss.setGridSteps(uint32(parser));
				default -> parser.skipChildren();
			}
		}
		return lrFhss.build();
	}

	/**
	 * Events without {@code regionConfigId} were written before v4.11: the region is in
	 * the gateways' metadata, and before v4.6 the gateway time was called {@code time}.
	 */
	private static void upgradeOldShape(UplinkEvent.Builder event, List<@Nullable Timestamp> oldTimes) {
		for (int i = 0; i < event.getRxInfoCount(); i++) {
			Timestamp oldTime = oldTimes.get(i);
			if (oldTime != null && !event.getRxInfo(i).hasGwTime()) {
				event.setRxInfo(i, event.getRxInfo(i).toBuilder().setGwTime(oldTime));
			}
		}
		for (UplinkRxInfo rx : event.getRxInfoList()) {
			for (String key : ChirpStackJsonEventParser.OLD_REGION_KEYS) {
				String region = rx.getMetadataMap().get(key);
				if (region != null) {
					event.setRegionConfigId(region);
					return;
				}
			}
		}
	}

	private static Struct struct(JsonParser parser) {
		expect(parser, JsonToken.START_OBJECT);
		Struct.Builder struct = Struct.newBuilder();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			struct.putFields(name, value(parser));
		}
		return struct.build();
	}

	private static Value value(JsonParser parser) {
		JsonToken token = parser.currentToken();
		return switch (token) {
			case START_OBJECT -> Value.newBuilder().setStructValue(struct(parser)).build();
			case START_ARRAY -> {
				ListValue.Builder list = ListValue.newBuilder();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					list.addValues(value(parser));
				}
				yield Value.newBuilder().setListValue(list).build();
			}
			case VALUE_STRING -> Value.newBuilder().setStringValue(parser.getString()).build();
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
				Value.newBuilder().setNumberValue(parser.getDoubleValue()).build();
			case VALUE_TRUE, VALUE_FALSE -> Value.newBuilder().setBoolValue(token == JsonToken.VALUE_TRUE).build();
			case VALUE_NULL -> Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
			default -> throw Fallback.INSTANCE;
		};
	}

	private static String string(JsonParser parser) {
		expect(parser, JsonToken.VALUE_STRING);
		return parser.getString();
	}

	private static boolean bool(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
			return token == JsonToken.VALUE_TRUE;
		}
		throw Fallback.INSTANCE;
	}

	private static int uint32(JsonParser parser) {
		long value = integer(parser);
		if (value < 0 || value > UINT32_MAX) {
			throw Fallback.INSTANCE;
		}
		return (int) value;
	}

	private static int int32(JsonParser parser) {
		long value = integer(parser);
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw Fallback.INSTANCE;
		}
		return (int) value;
	}

	private static long integer(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
			return parser.getLongValue();
		}
		if (token == JsonToken.VALUE_STRING) {
			return Long.parseLong(parser.getString());
		}
		throw Fallback.INSTANCE;
	}

	private static float float32(JsonParser parser) {
		return (float) float64(parser);
	}

	private static double float64(JsonParser parser) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
			return parser.getDoubleValue();
		}
		throw Fallback.INSTANCE;
	}

	private static ByteString bytes(JsonParser parser) {
		String text = string(parser);
		try {
			return ByteString.copyFrom(BASE64.decode(text));
		}
		catch (IllegalArgumentException ex) {
			return ByteString.copyFrom(BASE64_URL.decode(text));
		}
	}

	/**
	 * RFC 3339 with {@code java.time}: {@code Timestamps.parse} goes through
	 * {@code SimpleDateFormat} and was 12% of the bridge's CPU. Forms it does not take
	 * (lower-case letters, years beyond 9999) are left to {@code JsonFormat}.
	 */
	private static Timestamp timestamp(JsonParser parser) {
		String text = string(parser);
		if (!rfc3339Shape(text)) {
			throw Fallback.INSTANCE;
		}
		Instant instant;
		try {
			instant = DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
		}
		catch (DateTimeException ex) {
			throw Fallback.INSTANCE;
		}
		if (!Timestamps.isValid(instant.getEpochSecond(), instant.getNano())) {
			throw Fallback.INSTANCE;
		}
		return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
	}

	/** {@code yyyy-MM-ddTHH:mm:ss[.f]} with {@code Z} or {@code ±HH:MM}, nothing else. */
	private static boolean rfc3339Shape(String text) {
		int length = text.length();
		if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
				|| text.charAt(13) != ':' || text.charAt(16) != ':') {
			return false;
		}
		if (text.charAt(length - 1) == 'Z') {
			return true;
		}
		char sign = text.charAt(length - 6);
		return (sign == '+' || sign == '-') && text.charAt(length - 3) == ':';
	}

	private static Duration duration(JsonParser parser) {
		try {
			return Durations.parse(string(parser));
		}
		catch (java.text.ParseException ex) {
			throw Fallback.INSTANCE;
		}
	}

	private static <E> E enumValue(JsonParser parser, java.util.function.Function<String, E> byName,
			java.util.function.IntFunction<@Nullable E> byNumber) {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			return byName.apply(parser.getString());
		}
		if (token == JsonToken.VALUE_NUMBER_INT) {
			E value = byNumber.apply(parser.getIntValue());
			if (value != null) {
				return value;
			}
		}
		throw Fallback.INSTANCE;
	}

	private static void expect(JsonParser parser, JsonToken token) {
		if (parser.currentToken() != token) {
			throw Fallback.INSTANCE;
		}
	}

	/** Leaves the event to {@code JsonFormat}; thrown without a stack trace. */
	private static final class Fallback extends RuntimeException {

		static final Fallback INSTANCE = new Fallback();

		private Fallback() {
			super("fall back to JsonFormat", null, false, false);
		}

	}

}
