package org.nordpark.simulator.chirpstack;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes events in ChirpStack's JSON form (shared/chirpstack.md §2.1): keys in proto
 * field order, every field of the {@code integration} messages present even at its
 * default, fields of the {@code gw}/{@code common} messages left out at their default,
 * enums as names, bytes as base64, times as RFC 3339 with {@code +00:00}.
 */
public final class JsonEventWriter {

	/** The GPS epoch, 1980-01-06T00:00:00Z, and the GPS-UTC leap second offset. */
	private static final Instant GPS_EPOCH = Instant.parse("1980-01-06T00:00:00Z");

	private static final long GPS_LEAP_SECONDS = 18;

	private static final Base64.Encoder BASE64 = Base64.getEncoder();

	private final JsonMapper mapper = JsonMapper.builder().build();

	private final ChirpStackTenant tenant;

	public JsonEventWriter(ChirpStackTenant tenant) {
		this.tenant = tenant;
	}

	/** An {@code up} event. */
	public byte[] up(UplinkEvent event) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1536);
		try (JsonGenerator json = this.mapper.createGenerator(out)) {
			json.writeStartObject();
			json.writeName("deduplicationId");
			json.writeString(event.deduplicationId().toString());
			json.writeName("time");
			json.writeString(Rfc3339.timestamp(event.time()));
			deviceInfo(json, event.device());
			json.writeName("devAddr");
			json.writeString(event.device().devAddr());
			json.writeName("adr");
			json.writeBoolean(true);
			json.writeName("dr");
			json.writeNumber(event.dataRate());
			json.writeName("fCnt");
			json.writeNumber(event.fCnt());
			json.writeName("fPort");
			json.writeNumber(event.frame().fPort());
			json.writeName("confirmed");
			json.writeBoolean(false);
			json.writeName("data");
			json.writeString(BASE64.encodeToString(event.frame().data()));
			json.writeName("rxInfo");
			json.writeStartArray();
			for (Reception reception : event.receptions()) {
				rxInfo(json, reception);
			}
			json.writeEndArray();
			json.writeName("txInfo");
			json.writeStartObject();
			json.writeName("frequency");
			json.writeNumber(event.frequency());
			json.writeName("modulation");
			json.writeStartObject();
			json.writeName("lora");
			json.writeStartObject();
			json.writeName("bandwidth");
			json.writeNumber(125000);
			json.writeName("spreadingFactor");
			json.writeNumber(event.spreadingFactor());
			json.writeName("codeRate");
			json.writeString("CR_4_5");
			json.writeEndObject();
			json.writeEndObject();
			json.writeEndObject();
			json.writeName("regionConfigId");
			json.writeString(this.tenant.regionConfigId());
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	/** A {@code status} event. */
	public byte[] status(StatusEvent event) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(768);
		try (JsonGenerator json = this.mapper.createGenerator(out)) {
			json.writeStartObject();
			json.writeName("deduplicationId");
			json.writeString(event.deduplicationId().toString());
			json.writeName("time");
			json.writeString(Rfc3339.timestamp(event.time()));
			deviceInfo(json, event.device());
			json.writeName("margin");
			json.writeNumber(event.margin());
			json.writeName("externalPowerSource");
			json.writeBoolean(event.batteryRaw() == 0);
			json.writeName("batteryLevelUnavailable");
			json.writeBoolean(event.batteryRaw() == 255);
			json.writeName("batteryLevel");
			json.writeNumber(event.batteryLevel());
			json.writeEndObject();
		}
		return out.toByteArray();
	}

	private void deviceInfo(JsonGenerator json, DeviceIdentity device) {
		json.writeName("deviceInfo");
		json.writeStartObject();
		string(json, "tenantId", this.tenant.tenantId());
		string(json, "tenantName", this.tenant.tenantName());
		string(json, "applicationId", this.tenant.applicationId());
		string(json, "applicationName", this.tenant.applicationName());
		string(json, "deviceProfileId", device.deviceProfileId());
		string(json, "deviceProfileName", device.deviceProfileName());
		string(json, "deviceName", device.name());
		string(json, "devEui", device.devEui());
		string(json, "deviceClassEnabled", "CLASS_A");
		json.writeName("tags");
		json.writeStartObject();
		for (Map.Entry<String, String> tag : device.tags().entrySet()) {
			string(json, tag.getKey(), tag.getValue());
		}
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void rxInfo(JsonGenerator json, Reception reception) {
		GatewaySite gateway = reception.gateway();
		json.writeStartObject();
		string(json, "gatewayId", gateway.id());
		json.writeName("uplinkId");
		json.writeNumber(reception.uplinkId());
		if (reception.gwTime() != null) {
			string(json, "gwTime", Rfc3339.timestamp(reception.gwTime()));
		}
		string(json, "nsTime", Rfc3339.timestamp(reception.nsTime()));
		if (reception.gwTime() != null) {
			Duration sinceGpsEpoch = Duration.between(GPS_EPOCH, reception.gwTime()).plusSeconds(GPS_LEAP_SECONDS);
			string(json, "timeSinceGpsEpoch", Rfc3339.duration(sinceGpsEpoch));
		}
		json.writeName("rssi");
		json.writeNumber(reception.rssi());
		if (reception.snr() != 0.0f) {
			json.writeName("snr");
			json.writeNumber(reception.snr());
		}
		if (reception.channel() != 0) {
			json.writeName("channel");
			json.writeNumber(reception.channel());
		}
		if (reception.rfChain() != 0) {
			json.writeName("rfChain");
			json.writeNumber(reception.rfChain());
		}
		json.writeName("location");
		json.writeStartObject();
		json.writeName("latitude");
		json.writeNumber(gateway.lat());
		json.writeName("longitude");
		json.writeNumber(gateway.lon());
		json.writeName("altitude");
		json.writeNumber(gateway.altitude());
		json.writeEndObject();
		string(json, "context", BASE64.encodeToString(reception.context()));
		string(json, "crcStatus", "CRC_OK");
		json.writeEndObject();
	}

	private static void string(JsonGenerator json, String name, String value) {
		json.writeName(name);
		json.writeString(value);
	}

}
