package org.nordpark.bridge.chirpstack;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import com.google.protobuf.util.JsonFormat;
import io.chirpstack.api.integration.UplinkEvent;
import org.junit.jupiter.api.Test;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.DeviceLog;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.DeviceStatus;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.Uplink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChirpStackEventsTests {

	private final ChirpStackEvents events = new ChirpStackEvents();

	@Test
	void parsesCurrentJsonUplinkIgnoringUnknownFields() {
		Uplink up = this.events.uplink(Fixtures.load("up", "milesight-em500-co2", "current"));
		assertThat(up.deduplicationId()).isEqualTo("5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41");
		assertThat(up.time()).isEqualTo("2025-11-20T08:15:42.918213402Z");
		assertThat(up.device().devEui()).isEqualTo("24e124136b123456");
		assertThat(up.device().tags()).containsEntry("zone", "P1");
		assertThat(up.frameCounter()).isEqualTo(1432);
		assertThat(up.port()).isEqualTo(85);
		assertThat(HexFormat.of().formatHex(up.data().toByteArray())).isEqualTo("01755c0367ecff04686e057d2a0406738b27");
		assertThat(up.receptions()).hasSize(2);
		assertThat(up.receptions().get(1).snr()).isEqualTo(-4.5f);
		assertThat(up.spreadingFactor()).isEqualTo(7);
		assertThat(up.object().getFieldsMap().get("co2").getNumberValue()).isEqualTo(1066.0);
	}

	@Test
	void readsTheV40ShapeByTheFieldsItShares() {
		// v4.0 wrote rxInfo[].time (gwTime since v4.6) and the region in
		// rxInfo[].metadata:
		// fields the bridge does not read
		Uplink up = this.events.uplink(Fixtures.load("up", "milesight-em500-co2", "v4_0"));
		assertThat(up.frameCounter()).isZero();
		assertThat(up.time()).isEqualTo("2022-07-18T09:34:15.775023242Z");
		assertThat(up.device().name()).isEqualTo("em500-co2-p1");
		assertThat(up.receptions()).containsExactly(new Uplink.Reception(-36, 10.5f));
		assertThat(up.spreadingFactor()).isEqualTo(7);
	}

	@Test
	void parsesBinaryProtobufWithChirpStackFieldNumbers() {
		// hand-encoded: 1 deduplication_id "abc", 3 device_info { 8 dev_eui }, 7 f_cnt
		// 300,
		// 8 f_port 15, 10 data 01 02
		String devEui = HexFormat.of().formatHex("0011223344556677".getBytes(StandardCharsets.US_ASCII));
		byte[] payload = HexFormat.of()
			.parseHex("0a03616263" + "1a12" + "4210" + devEui + "38ac02" + "400f" + "52020102");
		Uplink up = this.events.uplink(payload);
		assertThat(up.deduplicationId()).isEqualTo("abc");
		assertThat(up.device().devEui()).isEqualTo("0011223344556677");
		assertThat(up.frameCounter()).isEqualTo(300);
		assertThat(up.port()).isEqualTo(15);
		assertThat(up.data().toByteArray()).containsExactly(1, 2);
	}

	@Test
	void parsesTheSameEventFromJsonAndProtobuf() throws Exception {
		byte[] json = Fixtures.load("up", "milesight-em500-co2", "current");
		UplinkEvent.Builder binary = UplinkEvent.newBuilder();
		JsonFormat.parser().ignoringUnknownFields().merge(new String(json, StandardCharsets.UTF_8), binary);
		assertThat(this.events.uplink(binary.build().toByteArray())).isEqualTo(this.events.uplink(json));
	}

	@Test
	void parsesStatusJoinAndLogEvents() {
		DeviceStatus status = this.events.status(Fixtures.load("status", "milesight-em500-co2", ""));
		assertThat(status.margin()).isEqualTo(7);
		assertThat(status.batteryLevel()).isEqualTo(88.18898f);
		DeviceLog log = this.events.log(Fixtures.load("log", "milesight-em500-co2", "codec"));
		assertThat(log.codecError()).isTrue();
		assertThat(this.events.join(Fixtures.load("join", "milesight-em500-co2", "")).devEui())
			.isEqualTo("24e124136b123456");
	}

	@Test
	void detectsJsonAfterLeadingWhitespace() {
		assertThat(ChirpStackEvents.isJson(" \n{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(ChirpStackEvents.isJson(new byte[] { 0x0a, 0x01, 0x7b })).isFalse();
	}

	@Test
	void rejectsMalformedJsonWithAReason() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.events.uplink("{\"fPort\": ".getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("invalid JSON up event: ");
	}

	@Test
	void rejectsJsonWithWrongFieldTypes() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.events.uplink("{\"fPort\": \"x\"}".getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("invalid JSON up event: ");
	}

	@Test
	void rejectsTruncatedProtobuf() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.events.uplink(HexFormat.of().parseHex("0a0561")))
			.withMessageStartingWith("invalid protobuf up event: ");
	}

	@Test
	void rejectsEmptyPayload() {
		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> this.events.uplink(new byte[0]))
			.withMessage("empty up event");
	}

	@Test
	void readsTheEventTypeFromTheLastTopicLevel() {
		assertThat(EventType.fromTopic("application/a/device/0011223344556677/event/up")).isEqualTo(EventType.UP);
		assertThat(EventType.fromTopic("x/application/a/device/d/event/txack")).isEqualTo(EventType.TXACK);
		assertThat(EventType.fromTopic("application/a/device/d/event/integration")).isEqualTo(EventType.OTHER);
	}

}
