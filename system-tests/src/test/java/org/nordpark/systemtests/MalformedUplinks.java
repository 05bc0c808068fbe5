package org.nordpark.systemtests;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.nordpark.simulator.chirpstack.DeviceIdentity;
import org.nordpark.simulator.chirpstack.GatewaySite;
import org.nordpark.simulator.chirpstack.JsonEventWriter;
import org.nordpark.simulator.chirpstack.Reception;
import org.nordpark.simulator.chirpstack.UplinkEvent;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.simulator.encode.Tps110Encoder;

/**
 * A corpus of malformed ChirpStack uplinks, each derived from a well-formed one by one
 * mutation, as broken firmware, a misconfigured ChirpStack or an attacker with broker
 * access could produce them.
 */
final class MalformedUplinks {

	private MalformedUplinks() {
	}

	/** One malformed event and why it is malformed. */
	record Case(String label, Uplinks.Message message) {

	}

	static List<Case> corpus(Instant time) {
		List<Case> cases = new ArrayList<>();
		String topic = Uplinks.TENANT.eventTopic(Uplinks.devEui(0), "up");
		String good = json(time, Tps110Encoder.status(true), Uplinks.devEui(0), "Bosch TPS110");
		Random random = new Random(42);
		add(cases, "truncated JSON", topic, good.substring(0, good.length() / 2));
		add(cases, "fPort of the wrong type", topic, replace(good, "\"fPort\":1", "\"fPort\":\"one\""));
		add(cases, "deviceInfo of the wrong type", topic,
				good.replaceFirst("\"deviceInfo\":\\{[^}]*\\{[^}]*\\}\\}", "\"deviceInfo\":[1,2,3]"));
		add(cases, "time not a time", topic,
				good.replaceFirst("\"time\":\"[^\"]*\"", "\"time\":\"yesterday at noon\""));
		byte[] huge = new byte[1_000_000];
		random.nextBytes(huge);
		add(cases, "1 MB payload", topic, good.replaceFirst("\"data\":\"[^\"]*\"",
				"\"data\":\"" + Base64.getEncoder().encodeToString(huge) + "\""));
		add(cases, "invalid base64", topic, good.replaceFirst("\"data\":\"[^\"]*\"", "\"data\":\"!!not*base64!!\""));
		String unknown = "ffffffffffff0001";
		add(cases, "unknown DevEUI", Uplinks.TENANT.eventTopic(unknown, "up"),
				json(time, Tps110Encoder.status(true), unknown, "Acme Widget"));
		add(cases, "status frame of 3 bytes", topic,
				json(time, new Frame(1, new byte[] { 1, 2, 3 }), Uplinks.devEui(0), "Bosch TPS110"));
		add(cases, "port the model does not use", topic,
				json(time, new Frame(99, new byte[] { 1 }), Uplinks.devEui(0), "Bosch TPS110"));
		// an empty frame is not malformed: it becomes a reading with link data only
		// (design §4)
		// bytes that are not UTF-8 inside a string value (RFC 8259 requires UTF-8)
		byte[] utf8 = good.getBytes(StandardCharsets.UTF_8);
		int name = good.indexOf("\"deviceName\":\"") + "\"deviceName\":\"".length();
		if (name < "\"deviceName\":\"".length()) {
			throw new IllegalStateException("the good uplink has no deviceName: " + good);
		}
		byte[] notUtf8 = new byte[utf8.length + 3];
		System.arraycopy(utf8, 0, notUtf8, 0, name);
		notUtf8[name] = (byte) 0xC3;
		notUtf8[name + 1] = 0x28;
		notUtf8[name + 2] = (byte) 0xFF;
		System.arraycopy(utf8, name, notUtf8, name + 3, utf8.length - name);
		cases.add(new Case("not UTF-8 inside a string", new Uplinks.Message(topic, notUtf8, "")));
		String nested = "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000);
		add(cases, "object nested 20,000 deep", topic,
				replace(good, "\"rxInfo\":", "\"object\":" + nested + ",\"rxInfo\":"));
		add(cases, "JSON array", topic, "[" + good + "]");
		add(cases, "JSON null", topic, "null");
		cases.add(new Case("empty payload", new Uplinks.Message(topic, new byte[0], "")));
		byte[] garbage = new byte[512];
		random.nextBytes(garbage);
		garbage[0] = 0x0A;
		cases.add(new Case("protobuf garbage", new Uplinks.Message(topic, garbage, "")));
		byte[] truncatedProtobuf = Uplinks.event(UUID.randomUUID(), time, 0, 1, Tps110Encoder.status(true), true);
		byte[] cut = new byte[truncatedProtobuf.length - 7];
		System.arraycopy(truncatedProtobuf, 0, cut, 0, cut.length);
		cases.add(new Case("truncated protobuf", new Uplinks.Message(topic, cut, "")));
		return cases;
	}

	private static String json(Instant time, Frame frame, String devEui, String profile) {
		JsonEventWriter writer = new JsonEventWriter(Uplinks.TENANT);
		DeviceIdentity device = new DeviceIdentity(devEui, "sensor " + devEui, UUID.randomUUID().toString(), profile,
				"0123abcd", Map.of());
		Reception reception = new Reception(new GatewaySite("0016c001f153a14c", "P1 mast", 51.1771, 6.3822, 70, false),
				1L, -100, 3.5f, 2, 0, new byte[] { 1 }, time, null);
		UplinkEvent event = new UplinkEvent(UUID.randomUUID(), time, device, 1, frame, 9, 868_500_000L,
				List.of(reception));
		return new String(writer.up(event), StandardCharsets.UTF_8);
	}

	private static String replace(String json, String target, String replacement) {
		if (!json.contains(target)) {
			throw new IllegalStateException("the template has no " + target + ": " + json);
		}
		return json.replace(target, replacement);
	}

	private static void add(List<Case> cases, String label, String topic, String payload) {
		cases.add(new Case(label, new Uplinks.Message(topic, payload.getBytes(StandardCharsets.UTF_8), "")));
	}

}
