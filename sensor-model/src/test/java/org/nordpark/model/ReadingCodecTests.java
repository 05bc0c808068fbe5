package org.nordpark.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.nordpark.testsupport.JsonEdits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streaming reading codec against data binding, the reference: the same bytes for
 * every reading written, and for every document read the same reading or the same
 * rejection.
 */
class ReadingCodecTests {

	private static final String PLAIN = "{\"schema\":1,\"uplinkId\":\"5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41\","
			+ "\"sensorId\":\"70b3d5e75e00a1b2\",\"sensorName\":\"P3 bay 017\",\"model\":\"bosch-tps110\","
			+ "\"kind\":\"parking\",\"zone\":\"P3\",\"time\":\"2025-03-12T17:05:00.123456789Z\","
			+ "\"observations\":[{\"dims\":{},\"values\":{\"occupied\":1}}],"
			+ "\"link\":{\"rssi\":-97,\"snr\":6.25,\"gateways\":2,\"sf\":9,\"fCnt\":1432}}";

	private static final String MULTI = "{\"schema\":2,\"uplinkId\":\"u-2\",\"sensorId\":\"a81758fffe00a004\","
			+ "\"kind\":\"environment\",\"time\":\"2025-03-12T17:05:00Z\",\"observations\":["
			+ "{\"dims\":{},\"values\":{\"temperature_c\":22.6,\"battery_v\":3.61}},"
			+ "{\"kind\":\"noise\",\"dims\":{\"weighting\":\"A\"},\"values\":{\"leq_db\":55,\"max_db\":75}}],"
			+ "\"link\":{\"fCnt\":4294967295}}";

	@Test
	void readsThePlainShapeItselfAndWritesTheSameBytesAsDataBinding() throws Exception {
		for (String json : List.of(PLAIN, MULTI)) {
			Reading reading = ReadingCodec.read(bytes(json));
			assertThat(reading).isEqualTo(ModelJson.readBound(bytes(json)));
			assertThat(text(ModelJson.write(reading))).isEqualTo(text(ModelJson.writeBound(reading))).isEqualTo(json);
		}
	}

	@Test
	void leavesWhatItIsNotSureAboutToDataBinding() {
		for (String json : List.of(PLAIN.replace("\"schema\":1", "\"schema\":\"1\""),
				PLAIN.replace("\"P3\"", "\"P3\",\"zone\":\"P4\""), PLAIN.replace("\"kind\":\"parking\"", "\"kind\":5"),
				PLAIN.replace("17:05:00.123456789Z", "17:05:00+01:00x"),
				PLAIN.replace("\"occupied\":1", "\"occupied\":\"1\""), PLAIN.replace("\"sf\":9", "\"sf\":9.0"), "[]",
				"")) {
			assertThatThrownBy(() -> ReadingCodec.read(bytes(json))).as(json).isInstanceOf(ReadingCodec.Fallback.class);
		}
	}

	@Property(tries = 1000)
	void writesTheBytesDataBindingWrites(@ForAll("readings") Reading reading) {
		assertThat(text(ModelJson.write(reading))).isEqualTo(text(ModelJson.writeBound(reading)));
	}

	@Property(tries = 2000)
	void readsWhatDataBindingReadsAndRejectsWhatItRejects(@ForAll("mutatedReadings") String json) {
		Object fast = outcome(() -> ModelJson.readReading(bytes(json)));
		Object bound = outcome(() -> ModelJson.readBound(bytes(json)));
		boolean streamed;
		try {
			ReadingCodec.read(bytes(json));
			streamed = true;
		}
		catch (ReadingCodec.Fallback ex) {
			streamed = false;
		}
		Statistics.label("path").collect(streamed ? "streamed" : "data binding");
		Statistics.label("path").coverage((coverage) -> coverage.check("streamed").percentage((p) -> p > 20));
		assertThat(fast).as(json).isEqualTo(bound);
	}

	@Provide
	Arbitrary<Reading> readings() {
		Arbitrary<Map<String, Double>> values = Arbitraries
			.maps(Arbitraries.of(InfluxSchema.OCCUPIED, InfluxSchema.COUNT, InfluxSchema.BATTERY_V, "co2_ppm",
					"temperature_c"),
					Arbitraries.oneOf(Arbitraries.integers().between(-5000, 5000).map(Integer::doubleValue),
							Arbitraries.doubles().between(-1e6, 1e6), Arbitraries.of(1e15, 9.007199254740993E15, 1e-7)))
			.ofMinSize(1)
			.ofMaxSize(4);
		Arbitrary<Observation> observation = Combinators
			.combine(Arbitraries.of(SensorKind.values()).injectNull(0.6), Arbitraries.of(Map.<String, String>of(),
					Map.of(Dims.CLASS, "car", Dims.DIRECTION, "ltr"), Map.of(Dims.WEIGHTING, "A")), values)
			.as(Observation::new);
		Arbitrary<LinkQuality> link = Combinators
			.combine(Arbitraries.integers().between(-140, 0).injectNull(0.2),
					Arbitraries.doubles().between(-25, 15).injectNull(0.2),
					Arbitraries.integers().between(0, 20).injectNull(0.2),
					Arbitraries.integers().between(7, 12).injectNull(0.2),
					Arbitraries.longs().between(0, 0xFFFF_FFFFL).injectNull(0.2))
			.as(LinkQuality::new)
			.injectNull(0.2);
		Arbitrary<Instant> time = Arbitraries.longs()
			.between(0, 4_000_000_000L)
			.flatMap((seconds) -> Arbitraries.of(0, 1_000_000, 123_000_000, 123_456_789)
				.map((nanos) -> Instant.ofEpochSecond(seconds, nanos)));
		return Combinators
			.combine(
					Arbitraries.strings()
						.withCharRange(' ', '~')
						.withChars("äö€\n\"\\")
						.ofMaxLength(20)
						.map((id) -> "u" + id),
					Arbitraries.strings().withChars("0123456789abcdef").ofLength(16),
					Arbitraries.strings().withCharRange(' ', '~').withChars("ü\t").ofMaxLength(12).injectNull(0.3),
					Arbitraries.of("bosch-tps110", "elsys-ers").injectNull(0.3), Arbitraries.of(SensorKind.values()),
					Arbitraries.of("P1", "park", "zone-a").injectNull(0.3), time, observation.list().ofMaxSize(3))
			.as((uplinkId, sensorId, name, model, kind, zone, at, observations) -> new Reading(uplinkId, sensorId, name,
					model, kind, zone, at, observations, null))
			.flatMap((reading) -> link
				.map((l) -> new Reading(reading.uplinkId(), reading.sensorId(), reading.sensorName(), reading.model(),
						reading.kind(), reading.zone(), reading.time(), reading.observations(), l)));
	}

	@Provide
	Arbitrary<String> mutatedReadings() {
		List<String> values = List.of("null", "\"x\"", "-1", "1.5", "true", "[]", "{}", "\"1\"", "4294967296",
				"\"parking\"", "\"2025-01-01T00:00:00Z\"", "\"2025-01-01T01:00:00+01:00\"", "1e400",
				"\"70b3d5e75e00a1b2\"", "99999999999999999999");
		return Arbitraries.of(PLAIN, MULTI)
			.flatMap((json) -> Arbitraries.integers()
				.between(0, json.length() - 1)
				.flatMap((at) -> Arbitraries.integers().between(0, 4).flatMap((how) -> switch (how) {
					case 0 -> Arbitraries.just(json.substring(0, at) + json.substring(at + 1));
					case 1 -> Arbitraries.of('"', '{', '}', '[', ']', ',', ':', '1', '-', '.', 'e', 'x', ' ')
						.map((c) -> json.substring(0, at) + c + json.substring(at + 1));
					case 2 -> Arbitraries.just(json);
					default -> Arbitraries.of(values).map((value) -> JsonEdits.replaceValueAfter(json, at, value));
				})));
	}

	private static Object outcome(java.util.function.Supplier<Reading> read) {
		try {
			return read.get();
		}
		catch (InvalidMessageException ex) {
			return "rejected: " + ex.getMessage();
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
