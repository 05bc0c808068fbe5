package org.nordpark.bridge.chirpstack;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import com.google.protobuf.util.Timestamps;
import io.chirpstack.api.gw.CRCStatus;
import io.chirpstack.api.integration.LogCode;
import io.chirpstack.api.integration.LogEvent;
import io.chirpstack.api.integration.StatusEvent;
import io.chirpstack.api.integration.UplinkEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChirpStackEventsTests {

	private final ChirpStackEvents events = new ChirpStackEvents();

	@Test
	void parsesCurrentJsonUplinkIgnoringUnknownFields() {
		ChirpStackEvent event = this.events.parse(EventType.UP, Fixtures.load("up", "milesight-em500-co2", "current"));
		assertThat(event.encoding()).isEqualTo(ChirpStackEvent.Encoding.JSON);
		UplinkEvent up = (UplinkEvent) event.message();
		assertThat(up.getDeduplicationId()).isEqualTo("5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41");
		assertThat(Timestamps.toString(up.getTime())).isEqualTo("2025-11-20T08:15:42.918213402Z");
		assertThat(up.getDeviceInfo().getDevEui()).isEqualTo("24e124136b123456");
		assertThat(up.getDeviceInfo().getTagsMap()).containsEntry("zone", "P1");
		assertThat(up.getFCnt()).isEqualTo(1432);
		assertThat(up.getFPort()).isEqualTo(85);
		assertThat(HexFormat.of().formatHex(up.getData().toByteArray()))
			.isEqualTo("01755c0367ecff04686e057d2a0406738b27");
		assertThat(Integer.toUnsignedLong(up.getRxInfo(0).getUplinkId())).isEqualTo(2818349113L);
		assertThat(up.getRxInfo(0).getCrcStatus()).isEqualTo(CRCStatus.CRC_OK);
		assertThat(up.getRxInfo(1).getSnr()).isEqualTo(-4.5f);
		assertThat(up.getTxInfo().getModulation().getLora().getSpreadingFactor()).isEqualTo(7);
		assertThat(up.getObject().getFieldsMap().get("co2").getNumberValue()).isEqualTo(1066.0);
		assertThat(up.getRegionConfigId()).isEqualTo("eu868");
	}

	@Test
	void acceptsTheV40ShapeWithRxInfoTimeAndRegionInMetadata() {
		UplinkEvent up = (UplinkEvent) this.events
			.parse(EventType.UP, Fixtures.load("up", "milesight-em500-co2", "v4_0"))
			.message();
		assertThat(up.getFCnt()).isZero();
		assertThat(Timestamps.toString(up.getRxInfo(0).getGwTime())).isEqualTo("2022-07-18T09:34:15.700Z");
		assertThat(up.getRegionConfigId()).isEqualTo("eu868");
		assertThat(up.getRxInfo(0).getMetadataMap()).containsEntry("region_common_name", "EU868");
	}

	@Test
	void parsesBinaryProtobufWithChirpStackFieldNumbers() {
		// hand-encoded: 1 deduplication_id "abc", 3 device_info { 8 dev_eui }, 7 f_cnt
		// 300,
		// 8 f_port 15, 10 data 01 02
		String devEui = HexFormat.of().formatHex("0011223344556677".getBytes(StandardCharsets.US_ASCII));
		byte[] payload = HexFormat.of()
			.parseHex("0a03616263" + "1a12" + "4210" + devEui + "38ac02" + "400f" + "52020102");
		ChirpStackEvent event = this.events.parse(EventType.UP, payload);
		assertThat(event.encoding()).isEqualTo(ChirpStackEvent.Encoding.PROTOBUF);
		UplinkEvent up = (UplinkEvent) event.message();
		assertThat(up.getDeduplicationId()).isEqualTo("abc");
		assertThat(up.getDeviceInfo().getDevEui()).isEqualTo("0011223344556677");
		assertThat(up.getFCnt()).isEqualTo(300);
		assertThat(up.getFPort()).isEqualTo(15);
		assertThat(up.getData().toByteArray()).containsExactly(1, 2);
	}

	@Test
	void parsesTheSameEventFromJsonAndProtobuf() {
		UplinkEvent json = (UplinkEvent) this.events
			.parse(EventType.UP, Fixtures.load("up", "milesight-em500-co2", "current"))
			.message();
		UplinkEvent binary = (UplinkEvent) this.events.parse(EventType.UP, json.toByteArray()).message();
		assertThat(binary).isEqualTo(json);
	}

	@Test
	void parsesStatusAndLogEvents() {
		StatusEvent status = (StatusEvent) this.events
			.parse(EventType.STATUS, Fixtures.load("status", "milesight-em500-co2", ""))
			.message();
		assertThat(status.getMargin()).isEqualTo(7);
		assertThat(status.getBatteryLevel()).isEqualTo(88.18898f);
		LogEvent log = (LogEvent) this.events.parse(EventType.LOG, Fixtures.load("log", "milesight-em500-co2", "codec"))
			.message();
		assertThat(log.getCode()).isEqualTo(LogCode.UPLINK_CODEC);
	}

	@Test
	void detectsJsonAfterLeadingWhitespace() {
		assertThat(ChirpStackEvents.isJson(" \n{\"a\":1}".getBytes(StandardCharsets.UTF_8))).isTrue();
		assertThat(ChirpStackEvents.isJson(new byte[] { 0x0a, 0x01, 0x7b })).isFalse();
	}

	@Test
	void rejectsMalformedJsonWithAReason() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.events.parse(EventType.UP, "{\"fPort\": ".getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("invalid JSON up event: ");
	}

	@Test
	void rejectsJsonWithWrongFieldTypes() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.events.parse(EventType.UP, "{\"fPort\": \"x\"}".getBytes(StandardCharsets.UTF_8)))
			.withMessageStartingWith("invalid JSON up event: ");
	}

	@Test
	void rejectsTruncatedProtobuf() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.events.parse(EventType.UP, HexFormat.of().parseHex("0a0561")))
			.withMessageStartingWith("invalid protobuf up event: ");
	}

	@Test
	void rejectsEmptyPayload() {
		assertThatExceptionOfType(MalformedEventException.class)
			.isThrownBy(() -> this.events.parse(EventType.UP, new byte[0]))
			.withMessage("empty up event");
	}

	@Test
	void readsTheEventTypeFromTheLastTopicLevel() {
		assertThat(EventType.fromTopic("application/a/device/0011223344556677/event/up")).isEqualTo(EventType.UP);
		assertThat(EventType.fromTopic("x/application/a/device/d/event/txack")).isEqualTo(EventType.TXACK);
		assertThat(EventType.fromTopic("application/a/device/d/event/integration")).isEqualTo(EventType.OTHER);
	}

}
