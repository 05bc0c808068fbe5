package org.nordpark.bridge.chirpstack;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.chirpstack.api.integration.UplinkEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.nordpark.testsupport.JsonEdits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.Uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one-pass reader must read every {@code up} event into the same {@link Uplink} as
 * {@code JsonFormat} does, or leave it to {@code JsonFormat}.
 */
class UplinkReaderTests {

	private static final String CURRENT = text(Fixtures.load("up", "milesight-em500-co2", "current"));

	private static final String V4_0 = text(Fixtures.load("up", "milesight-em500-co2", "v4_0"));

	private final UplinkReader reader = new UplinkReader();

	private final JsonFormatEvents jsonFormat = new JsonFormatEvents();

	@ParameterizedTest
	@ValueSource(strings = { "current", "v4_0" })
	void readsTheFixturesExactlyAsJsonFormat(String kase) {
		String json = text(Fixtures.load("up", "milesight-em500-co2", kase));
		Uplink fast = this.reader.read(bytes(json));
		assertThat(fast).isNotNull().isEqualTo(authority(json));
	}

	@Test
	void readsProtoFieldNamesNumbersAsStringsAndEnumsAsNumbers() {
		String json = """
				{"deduplication_id":"d1","time":"2025-11-20T08:15:42Z","device_info":{"dev_eui":"0011223344556677",
				 "device_class_enabled":2,"tags":{"zone":"P2"}},"f_cnt":"4294967295","f_port":"15","dr":"3",
				 "data":"AQI=","rx_info":[{"gateway_id":"g","uplink_id":"7","rssi":"-120","snr":-7,"crc_status":2,
				 "time_since_gps_epoch":"1.5s","location":{"latitude":51,"source":"GPS","accuracy":3.5},
				 "metadata":{"k":"v"}}],"tx_info":{"frequency":868100000,"modulation":{"lr_fhss":
				 {"operating_channel_width":137000,"code_rate":"CR_1_4","grid_steps":52}}},"region_config_id":"eu868"}
				""";
		Uplink fast = this.reader.read(bytes(json));
		assertThat(fast).isNotNull().isEqualTo(authority(json));
		assertThat(fast.frameCounter()).isEqualTo(4294967295L);
		assertThat(fast.port()).isEqualTo(15);
		assertThat(fast.receptions()).containsExactly(new Uplink.Reception(-120, -7f));
		assertThat(fast.device().tags()).containsEntry("zone", "P2");
		assertThat(fast.spreadingFactor()).isZero();
	}

	@Test
	void readsFskModulationAndNestedObjects() {
		String json = """
				{"deviceInfo":{"devEui":"0011223344556677"},"fPort":2,"data":"-_8=",
				 "object":{"a":[1,"x",true,null,{"b":2.5}],"c":{}},
				 "txInfo":{"modulation":{"fsk":{"frequencyDeviation":25000,"datarate":50000}}},"regionConfigId":"eu868"}
				""";
		Uplink fast = this.reader.read(bytes(json));
		assertThat(fast).isNotNull().isEqualTo(authority(json));
		assertThat(fast.data().toByteArray()).containsExactly(0xfb, 0xff);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-11-20T08:15:42Z", "2025-11-20T08:15:42.1Z", "2025-11-20T08:15:42.123456789+02:00",
			"2025-11-20T08:15:42-05:30", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z" })
	void readsRfc3339TimestampsAsJsonFormatDoes(String time) {
		String json = "{\"time\":\"" + time + "\",\"regionConfigId\":\"eu868\"}";
		Uplink fast = this.reader.read(bytes(json));
		assertThat(fast).isNotNull().isEqualTo(authority(json));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-11-20T08:15Z", "2025-11-20t08:15:42z", "2025-02-30T00:00:00Z",
			"0000-12-31T23:59:59Z", "2025-11-20T08:15:42.1234567891Z", "2025-11-20T08:15:42+0100",
			"2025-11-20T08:15:42+01:00:30", "+10000-01-01T00:00:00Z", "2025-11-20 08:15:42Z" })
	void leavesUnusualTimestampsToJsonFormat(String time) {
		String json = "{\"time\":\"" + time + "\",\"regionConfigId\":\"eu868\"}";
		assertThat(this.reader.read(bytes(json))).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"fPort\":null}", "{\"fPort\":\"x\"}", "{\"fPort\":-1}", "{\"fPort\":1.5}",
			"{\"fPort\":4294967296}", "{\"fPort\":1,\"fPort\":2}", "{\"fPort\":1,\"f_port\":1}",
			"{\"txInfo\":{\"modulation\":{\"lora\":{},\"fsk\":{}}}}", "{\"rxInfo\":[{\"crcStatus\":\"MAYBE\"}]}",
			"{\"time\":\"yesterday\"}", "{\"data\":\"***\"}", "{\"deviceInfo\":[]}", "{} {}", "[1]", "{\"fPort\": " })
	void leavesWhatItIsNotSureAboutToJsonFormat(String json) {
		assertThat(this.reader.read(bytes(json))).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"relayRxInfo\":{\"devEui\":\"0102030405060708\",\"frequency\":868100000}}",
			"{\"rxInfo\":[{\"time\":\"2022-07-18T09:34:15.7+00:00\",\"rssi\":-36,\"metadata\":{\"region_name\":\"eu868\"}}]}",
			"{\"rxInfo\":[{\"nsTime\":\"2025-01-01T00:00:02Z\"},{\"gwTime\":\"2025-01-01T00:00:01Z\"}]}",
			"{\"rxInfo\":[{\"timeSinceGpsEpoch\":\"1.5s\",\"context\":\"AQI\"}],\"tx_info\":{\"modulation\":{}}}" })
	void readsWhatItUsesAndChecksTheRestAsJsonFormatDoes(String json) {
		Uplink fast = this.reader.read(bytes(json));
		assertThat(fast).isNotNull().isEqualTo(authority(json));
	}

	@Test
	void rejectsBytesThatAreNotUtf8InsteadOfReplacingThem() {
		String before = CURRENT.substring(0, CURRENT.indexOf("em500-co2-p1"));
		byte[] head = bytes(before);
		byte[] tail = bytes(CURRENT.substring(before.length()));
		byte[] payload = new byte[head.length + 2 + tail.length];
		System.arraycopy(head, 0, payload, 0, head.length);
		payload[head.length] = (byte) 0xC3;
		payload[head.length + 1] = 0x28;
		System.arraycopy(tail, 0, payload, head.length + 2, tail.length);
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> new ChirpStackEvents().uplink(payload))
			.withMessage("invalid JSON up event: not UTF-8 at byte " + head.length);
	}

	/**
	 * Random edits of real events (a character removed, doubled or replaced, a value
	 * swapped for another JSON value): whatever the streaming reader accepts,
	 * {@code JsonFormat} accepts as the same message.
	 */
	@Property(tries = 1000)
	void agreesWithJsonFormatOnEveryEventItAccepts(@ForAll("mutatedEvents") String json) {
		Uplink fast;
		try {
			fast = this.reader.read(bytes(json));
		}
		catch (RuntimeException ex) {
			throw new AssertionError("the reader must never throw: " + ex, ex);
		}
		Statistics.label("outcome").collect((fast != null) ? "read" : "left to JsonFormat");
		Statistics.label("outcome")
			.coverage((coverage) -> coverage.check("read").percentage((percent) -> percent > 30));
		if (fast != null) {
			assertThat(fast).isEqualTo(authority(json));
		}
	}

	@Provide
	Arbitrary<String> mutatedEvents() {
		Arbitrary<String> base = Arbitraries.of(CURRENT, V4_0);
		List<String> values = List.of("null", "\"x\"", "-1", "1.5", "true", "[]", "{}", "\"1\"", "4294967296",
				"\"CRC_OK\"", "2", "\"AQI=\"", "\"2025-01-01T00:00:00Z\"", "\"1s\"");
		return Arbitraries.of(CURRENT, V4_0)
			.flatMap((json) -> Arbitraries.integers()
				.between(0, json.length() - 1)
				.flatMap((at) -> Arbitraries.integers().between(0, 3).flatMap((how) -> switch (how) {
					case 0 -> Arbitraries.just(json.substring(0, at) + json.substring(at + 1));
					case 1 -> Arbitraries.just(json.substring(0, at) + json.charAt(at) + json.substring(at));
					case 2 -> Arbitraries.of('"', '{', '}', '[', ']', ',', ':', '1', '-', '.', 'e', 'x', ' ')
						.map((c) -> json.substring(0, at) + c + json.substring(at + 1));
					default -> Arbitraries.of(values).map((value) -> JsonEdits.replaceValueAfter(json, at, value));
				})));
	}

	/** What {@code JsonFormat} reads, in the bridge's model. */
	private Uplink authority(String json) {
		return Uplink.of((UplinkEvent) this.jsonFormat.parse(EventType.UP, bytes(json)));
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
