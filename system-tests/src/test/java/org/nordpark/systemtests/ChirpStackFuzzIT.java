package org.nordpark.systemtests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.bridge.decoder.CodecObjectDecoder;
import org.nordpark.bridge.decoder.DecodingException;
import org.nordpark.bridge.decoder.DeviceDecoders;
import org.nordpark.bridge.system.BridgeMetrics;
import org.nordpark.bridge.uplink.EventHandler;
import org.nordpark.bridge.uplink.Outcome;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Observation;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.simulator.chirpstack.DeviceIdentity;
import org.nordpark.simulator.chirpstack.GatewaySite;
import org.nordpark.simulator.chirpstack.JsonEventWriter;
import org.nordpark.simulator.chirpstack.ProtobufEventWriter;
import org.nordpark.simulator.chirpstack.Reception;
import org.nordpark.simulator.chirpstack.UplinkEvent;
import org.nordpark.simulator.encode.Frame;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of the gateway-bridge's ChirpStack JSON and protobuf parsing and
 * of every device decoder, through the bridge's public {@link EventHandler} and
 * {@link DeviceDecoders}: random and mutated input never escapes as an unhandled
 * exception; it ends as a reading, a dead letter with a reason, or a skip.
 */
class ChirpStackFuzzIT {

	private static final List<CatalogEntry> SENSORS = SiteManifest
		.load(Path.of("src/test/resources/site/fuzz-site.yaml").toAbsolutePath())
		.sensors()
		.stream()
		.map((sensor) -> sensor.toCatalogEntry(Instant.parse("2026-01-01T00:00:00Z")))
		.toList();

	private static final EventHandler HANDLER = new EventHandler(SensorCatalog.of("manifest", SENSORS),
			DeviceDecoders.standard(), new CodecObjectDecoder(Map.of()), new BridgeMetrics(new SimpleMeterRegistry()));

	private static final DeviceDecoders DECODERS = DeviceDecoders.standard();

	private static final JsonEventWriter JSON = new JsonEventWriter(Uplinks.TENANT);

	private static final ProtobufEventWriter PROTOBUF = new ProtobufEventWriter(JSON);

	private static final List<String> EVENTS = List.of("up", "status", "join", "log", "ack", "txack", "location",
			"integration", "up/extra");

	@Property(tries = 1500)
	void randomBytesOnAnyEventTopicEndAsAnOutcome(@ForAll @Size(max = 600) byte[] payload,
			@ForAll @IntRange(min = 0, max = 8) int sensor, @ForAll @IntRange(min = 0, max = 8) int event) {
		assertHandled(topic(sensor, EVENTS.get(event)), payload);
	}

	@Property(tries = 1500)
	void mutatedJsonUplinksEndAsAnOutcome(@ForAll("validUplinks") Uplink uplink,
			@ForAll("mutations") Mutation mutation) {
		assertHandled(topic(uplink.sensor(), "up"), mutation.apply(JSON.up(uplink.event())));
	}

	@Property(tries = 1500)
	void mutatedProtobufUplinksEndAsAnOutcome(@ForAll("validUplinks") Uplink uplink,
			@ForAll("mutations") Mutation mutation) {
		assertHandled(topic(uplink.sensor(), "up"), mutation.apply(PROTOBUF.up(uplink.event())));
	}

	@Property(tries = 3000)
	void everyDecoderEitherDecodesOrRejectsWithAReason(@ForAll @IntRange(min = 0, max = 8) int sensor,
			@ForAll @IntRange(min = 0, max = 255) int fPort, @ForAll @Size(max = 80) byte[] data) {
		CatalogEntry entry = SENSORS.get(sensor);
		try {
			List<Observation> observations = DECODERS.decode(entry, fPort, data);
			assertThat(observations).isNotNull();
		}
		catch (DecodingException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	@Property(tries = 1500)
	void randomFramesOfEveryModelThroughTheWholeHandlerEndAsAnOutcome(@ForAll @IntRange(min = 0, max = 8) int sensor,
			@ForAll @IntRange(min = 1, max = 223) int fPort, @ForAll @Size(max = 80) byte[] data,
			@ForAll boolean protobuf) {
		UplinkEvent event = event(sensor, new Frame(fPort, data));
		assertHandled(topic(sensor, "up"), protobuf ? PROTOBUF.up(event) : JSON.up(event));
	}

	@Provide
	Arbitrary<Uplink> validUplinks() {
		return Combinators
			.combine(Arbitraries.integers().between(0, 8), Arbitraries.integers().between(1, 223),
					Arbitraries.bytes().array(byte[].class).ofMaxSize(40))
			.as((sensor, fPort, data) -> new Uplink(sensor, event(sensor, new Frame(fPort, data))));
	}

	@Provide
	Arbitrary<Mutation> mutations() {
		return Combinators
			.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 100_000),
					Arbitraries.integers().between(1, 64),
					Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16))
			.as(Mutation::new);
	}

	private static void assertHandled(String topic, byte[] payload) {
		Outcome outcome = HANDLER.handle(topic, payload, Instant.parse("2026-01-01T12:00:00Z"));
		assertThat(outcome).isNotNull();
		if (outcome instanceof Outcome.Reject reject) {
			assertThat(reject.reason()).isNotBlank();
			assertThat(reject.category()).isNotBlank();
		}
	}

	private static String topic(int sensor, String event) {
		return Uplinks.TENANT.eventTopic(SENSORS.get(sensor).sensorId(), event);
	}

	private static UplinkEvent event(int sensor, Frame frame) {
		CatalogEntry entry = SENSORS.get(sensor);
		DeviceIdentity device = new DeviceIdentity(entry.sensorId(), entry.name(), UUID.randomUUID().toString(),
				entry.model(), "0123abcd", Map.of());
		Reception reception = new Reception(new GatewaySite("0016c001f153a14c", "mast", 51.17, 6.38, 70, false), 7L,
				-100, 3.5f, 2, 0, new byte[] { 1 }, Instant.parse("2026-01-01T11:59:59Z"), null);
		return new UplinkEvent(UUID.randomUUID(), Instant.parse("2026-01-01T12:00:00Z"), device, 42, frame, 9,
				868_500_000L, List.of(reception));
	}

	/** A valid uplink of one of the test sensors. */
	record Uplink(int sensor, UplinkEvent event) {

	}

	/**
	 * One mutation of a serialized event: flip, delete, insert, duplicate, truncate or
	 * splice.
	 */
	record Mutation(int kind, int position, int length, byte[] bytes) {

		byte[] apply(byte[] input) {
			if (input.length == 0) {
				return this.bytes;
			}
			int at = this.position % input.length;
			int len = Math.min(this.length, input.length - at);
			byte[] result = switch (this.kind) {
				case 0 -> {
					byte[] copy = input.clone();
					for (int i = 0; i < len; i++) {
						copy[at + i] ^= this.bytes[i % this.bytes.length];
					}
					yield copy;
				}
				case 1 -> concat(slice(input, 0, at), slice(input, at + len, input.length));
				case 2 -> concat(slice(input, 0, at), this.bytes, slice(input, at, input.length));
				case 3 -> concat(slice(input, 0, at + len), slice(input, at, input.length));
				case 4 -> slice(input, 0, at);
				default -> concat(slice(input, 0, at), "\"}],{[:".getBytes(StandardCharsets.UTF_8),
						slice(input, at, input.length));
			};
			return result;
		}

		private static byte[] slice(byte[] input, int from, int to) {
			return java.util.Arrays.copyOfRange(input, from, Math.max(from, to));
		}

		private static byte[] concat(byte[]... parts) {
			int size = 0;
			for (byte[] part : parts) {
				size += part.length;
			}
			byte[] result = new byte[size];
			int at = 0;
			for (byte[] part : parts) {
				System.arraycopy(part, 0, result, at, part.length);
				at += part.length;
			}
			return result;
		}

	}

}
