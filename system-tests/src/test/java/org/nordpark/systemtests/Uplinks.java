package org.nordpark.systemtests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.nordpark.simulator.chirpstack.ChirpStackTenant;
import org.nordpark.simulator.chirpstack.DeviceIdentity;
import org.nordpark.simulator.chirpstack.DeviceProfiles;
import org.nordpark.simulator.chirpstack.GatewaySite;
import org.nordpark.simulator.chirpstack.JsonEventWriter;
import org.nordpark.simulator.chirpstack.ProtobufEventWriter;
import org.nordpark.simulator.chirpstack.Reception;
import org.nordpark.simulator.chirpstack.UplinkEvent;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.simulator.encode.Tps110Encoder;

/**
 * A known stream of ChirpStack {@code up} events for the parking sensors of
 * {@code site/system-site.yaml}, written by the simulator's event writers: JSON and
 * protobuf alternate, every fifth uplink is a heartbeat (with device temperature, so it
 * also gives a {@code device} point), and every tenth is published twice, as ChirpStack
 * does when its own MQTT publish is retried. Each uplink has its own time, so it is its
 * own point in every measurement.
 */
final class Uplinks {

	static final Path SITE = Path.of("src/test/resources/site/system-site.yaml").toAbsolutePath();

	static final int SENSORS = 8;

	static final ChirpStackTenant TENANT = new ChirpStackTenant("52f14cd4-c6f1-4fbd-8f87-4025e1d49242", "Nordpark",
			"9c1c7e2a-3d0b-4a7e-9a55-2b1f0c6d8e10", "nordpark-sensors", "eu868");

	private static final GatewaySite GATEWAY = new GatewaySite("0016c001f153a14c", "P1 mast", 51.1771, 6.3822, 70,
			false);

	private static final JsonEventWriter JSON = new JsonEventWriter(TENANT);

	private static final ProtobufEventWriter PROTOBUF = new ProtobufEventWriter(JSON);

	private Uplinks() {
	}

	/** The DevEUI of the n-th sensor of the test site (0-based). */
	static String devEui(int sensor) {
		return "70b3d5e75e1000%02x".formatted(sensor + 1);
	}

	/**
	 * A stream of unique uplinks starting at {@code start}, one second apart.
	 * @param name distinguishes streams (it seeds the deduplication ids)
	 */
	static Stream stream(String name, Instant start, int unique) {
		List<Message> messages = new ArrayList<>(unique + unique / 10);
		int heartbeats = 0;
		int duplicates = 0;
		for (int i = 0; i < unique; i++) {
			int sensor = i % SENSORS;
			boolean heartbeat = i % 5 == 0;
			heartbeats += heartbeat ? 1 : 0;
			Frame frame = heartbeat ? Tps110Encoder.heartbeat(i % 2 == 0, 12 + i % 10)
					: Tps110Encoder.status(i % 3 == 0);
			UUID id = UUID.nameUUIDFromBytes((name + ":" + i).getBytes(StandardCharsets.UTF_8));
			Instant time = start.plusSeconds(i);
			Message message = new Message(TENANT.eventTopic(devEui(sensor), "up"),
					event(id, time, sensor, i / SENSORS, frame, i % 2 == 1), id.toString());
			messages.add(message);
			if (i % 10 == 9) {
				messages.add(message);
				duplicates++;
			}
		}
		return new Stream(start, start.plusSeconds(unique), messages, unique, heartbeats, duplicates);
	}

	static byte[] event(UUID id, Instant time, int sensor, long fCnt, Frame frame, boolean protobuf) {
		DeviceIdentity device = new DeviceIdentity(devEui(sensor), "P1 bay 00" + (sensor + 1),
				DeviceProfiles.id("bosch-tps110"), DeviceProfiles.name("bosch-tps110"), "0123ab%02x".formatted(sensor),
				Map.of("zone", "P1"));
		Reception reception = new Reception(GATEWAY, 2818349113L + fCnt, -101 + sensor, 3.5f, 2, 0,
				new byte[] { 1, 2, 3, 4 }, time.minus(Duration.ofMillis(120)), null);
		UplinkEvent event = new UplinkEvent(id, time, device, fCnt, frame, 9, 868_500_000L, List.of(reception));
		return protobuf ? PROTOBUF.up(event) : JSON.up(event);
	}

	/** One MQTT message as ChirpStack publishes it. */
	record Message(String topic, byte[] payload, String uplinkId) {

	}

	/**
	 * A stream and what it must leave in InfluxDB.
	 *
	 * @param from time of the first uplink
	 * @param until just after the last uplink's time
	 * @param messages what to publish, duplicates included
	 * @param unique unique uplinks: the expected {@code parking} and {@code link} points
	 * @param heartbeats heartbeats: the expected {@code device} points
	 * @param duplicates messages published a second time
	 */
	record Stream(Instant from, Instant until, List<Message> messages, int unique, int heartbeats, int duplicates) {

	}

}
