package org.nordpark.bridge.uplink;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import io.chirpstack.api.integration.UplinkEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.nordpark.bridge.catalog.SensorCatalog;
import org.nordpark.bridge.chirpstack.Fixtures;
import org.nordpark.bridge.decoder.CodecMapping;
import org.nordpark.bridge.decoder.CodecObjectDecoder;
import org.nordpark.bridge.decoder.DeviceDecoders;
import org.nordpark.bridge.system.BridgeMetrics;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.LinkQuality;
import org.nordpark.model.Observation;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;

import static org.assertj.core.api.Assertions.assertThat;

class EventHandlerTests {

	private static final String TOPIC = "application/9c1c7e2a-3d0b-4a7e-9a55-2b1f0c6d8e10/device/24e124136b123456/event/";

	private static final Instant NOW = Instant.parse("2025-11-20T10:00:00Z");

	private final CatalogEntry sensor = new CatalogEntry("24e124136b123456", "P1 air", "milesight-em500-co2",
			SensorKind.ENVIRONMENT, "P1", 51.176, 6.383, Map.of(), CatalogEntry.Source.MANIFEST, NOW);

	private final CatalogEntry lht = new CatalogEntry("a840414bd1234567", "LHT", "dragino-lht65n",
			SensorKind.ENVIRONMENT, "P1", null, null, Map.of(), CatalogEntry.Source.MANIFEST, NOW);

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final EventHandler handler = new EventHandler(SensorCatalog.of("manifest", List.of(this.sensor, this.lht)),
			DeviceDecoders.standard(),
			new CodecObjectDecoder(Map.of("dragino-lht65n", new CodecMapping(SensorKind.ENVIRONMENT,
					Map.of("TempC_SHT", InfluxSchema.TEMPERATURE_C, "BatV", InfluxSchema.BATTERY_V), Map.of()))),
			new BridgeMetrics(this.registry));

	@Test
	void turnsAnUplinkIntoTheExactNormalizedReading() {
		Outcome outcome = this.handler.handle(TOPIC + "up", Fixtures.load("up", "milesight-em500-co2", "current"), NOW);
		assertThat(outcome).isEqualTo(new Outcome.Publish(
				new Reading("5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41", "24e124136b123456", "P1 air", "milesight-em500-co2",
						SensorKind.ENVIRONMENT, "P1", Instant.parse("2025-11-20T08:15:42.918213402Z"),
						List.of(Observation.of(Map.of(InfluxSchema.BATTERY_PCT, 92.0, InfluxSchema.TEMPERATURE_C, -2.0,
								InfluxSchema.RELATIVE_HUMIDITY_PCT, 55.0, InfluxSchema.CO2_PPM, 1066.0,
								InfluxSchema.PRESSURE_HPA, 1012.3))),
						new LinkQuality(-97, 6.25, 2, 7, 1432L))));
		assertThat(this.registry.get("nordpark.bridge.events.received").tag("type", "up").counter().count())
			.isEqualTo(1);
	}

	@Test
	void turnsTheSameUplinkInProtobufIntoTheSameReading() throws Exception {
		Outcome json = this.handler.handle(TOPIC + "up", Fixtures.load("up", "milesight-em500-co2", "current"), NOW);
		UplinkEvent.Builder builder = UplinkEvent.newBuilder();
		com.google.protobuf.util.JsonFormat.parser()
			.ignoringUnknownFields()
			.merge(new String(Fixtures.load("up", "milesight-em500-co2", "current"), StandardCharsets.UTF_8), builder);
		assertThat(this.handler.handle(TOPIC + "up", builder.build().toByteArray(), NOW)).isEqualTo(json);
	}

	@Test
	void acceptsTheV40ShapedUplink() {
		Outcome outcome = this.handler.handle(TOPIC + "up", Fixtures.load("up", "milesight-em500-co2", "v4_0"), NOW);
		Reading reading = ((Outcome.Publish) outcome).reading();
		assertThat(reading.observations()).containsExactly(Observation.of(Map.of(InfluxSchema.BATTERY_PCT, 92.0)));
		assertThat(reading.link()).isEqualTo(new LinkQuality(-36, 10.5, 1, 7, 0L));
	}

	@Test
	void givesALinkOnlyReadingForFPortZero() {
		UplinkEvent event = uplink().setFPort(0).setData(ByteString.EMPTY).build();
		Reading reading = ((Outcome.Publish) this.handler.handle(TOPIC + "up", event.toByteArray(), NOW)).reading();
		assertThat(reading.observations()).isEmpty();
		assertThat(reading.link().fCnt()).isEqualTo(1432L);
	}

	@Test
	void givesAnEmptyReadingForAFrameWithoutMeasurements() {
		// EM500 device attributes only
		UplinkEvent event = uplink().setData(ByteString.fromHex("ff0bff")).build();
		assertThat(((Outcome.Publish) this.handler.handle(TOPIC + "up", event.toByteArray(), NOW)).reading()
			.observations()).isEmpty();
	}

	@Test
	void rejectsATrafficCounterFrameWhoseCategoryHasNoClassWithTheReason() {
		CatalogEntry counter = new CatalogEntry("24e124136b123456", "Road counter", "parametric-tcr",
				SensorKind.TRAFFIC, "P1", null, null, Map.of("classes", "0:pedestrian,1:bicycle,2:car"),
				CatalogEntry.Source.MANIFEST, NOW);
		EventHandler handler = new EventHandler(SensorCatalog.of("manifest", List.of(counter)),
				DeviceDecoders.standard(), new CodecObjectDecoder(Map.of()), new BridgeMetrics(this.registry));
		UplinkEvent event = uplink().setFPort(17).setData(ByteString.fromHex("a2140a00051e00031924")).build();
		assertThat(handler.handle(TOPIC + "up", event.toByteArray(), NOW))
			.isEqualTo(new Outcome.Reject(Outcome.Reject.DECODE_ERROR,
					"cannot decode parametric-tcr fPort 17: TCR filter category 4 (fPort 17) has no class in setting "
							+ "classes '0:pedestrian,1:bicycle,2:car' (key 3)",
					"24e124136b123456"));
	}

	@Test
	void turnsAStatusEventIntoADeviceReading() {
		Outcome outcome = this.handler.handle(TOPIC + "status", Fixtures.load("status", "milesight-em500-co2", ""),
				NOW);
		Reading reading = ((Outcome.Publish) outcome).reading();
		assertThat(reading.kind()).isEqualTo(SensorKind.DEVICE);
		assertThat(reading.uplinkId()).isEqualTo("9a8b7c6d-1111-4222-8333-444455556666");
		assertThat(reading.observations()).singleElement().satisfies((o) -> {
			assertThat(o.values().get(InfluxSchema.BATTERY_PCT)).isCloseTo(88.19,
					org.assertj.core.data.Offset.offset(0.01));
			assertThat(o.values()).containsEntry(InfluxSchema.MARGIN_DB, 7.0);
		});
	}

	@Test
	void countsCodecErrorsAndSkipsLogEvents() {
		Outcome outcome = this.handler.handle(TOPIC + "log", Fixtures.load("log", "milesight-em500-co2", "codec"), NOW);
		assertThat(outcome).isEqualTo(new Outcome.Skip("log"));
		assertThat(this.registry.get("nordpark.bridge.codec.errors").counter().count()).isEqualTo(1);
	}

	@Test
	void skipsJoinAckAndUnknownEvents() {
		assertThat(this.handler.handle(TOPIC + "join", Fixtures.load("join", "milesight-em500-co2", ""), NOW))
			.isEqualTo(new Outcome.Skip("join"));
		assertThat(this.handler.handle(TOPIC + "ack", new byte[] { 1 }, NOW)).isEqualTo(new Outcome.Skip("ack"));
		assertThat(this.handler.handle(TOPIC + "integration", new byte[] { 1 }, NOW))
			.isEqualTo(new Outcome.Skip("other"));
	}

	@Test
	void rejectsAnUplinkOfAnUnknownDevice() {
		UplinkEvent event = uplink()
			.setDeviceInfo(uplink().getDeviceInfo().toBuilder().setDevEui("0000000000000001").clearDeviceProfileName())
			.build();
		assertThat(this.handler.handle("application/a/device/0000000000000001/event/up", event.toByteArray(), NOW))
			.isEqualTo(new Outcome.Reject(Outcome.Reject.UNKNOWN_DEVICE,
					"unknown device 0000000000000001: not in the catalog", "0000000000000001"));
	}

	@Test
	void rejectsAnUplinkWhoseTopicNamesAnotherDevice() {
		assertThat(this.handler.handle("application/a/device/0000000000000001/event/up", uplink().build().toByteArray(),
				NOW))
			.isEqualTo(new Outcome.Reject(Outcome.Reject.MALFORMED_EVENT,
					"topic DevEUI 0000000000000001 does not match deviceInfo.devEui 24e124136b123456", ""));
	}

	@Test
	void acceptsAnUpperCaseDevEui() {
		UplinkEvent event = uplink().setDeviceInfo(uplink().getDeviceInfo().toBuilder().setDevEui("24E124136B123456"))
			.build();
		assertThat(this.handler.handle(TOPIC + "up", event.toByteArray(), NOW)).isInstanceOf(Outcome.Publish.class);
	}

	@Test
	void rejectsAnUplinkWithoutDevEui() {
		UplinkEvent event = uplink().setDeviceInfo(uplink().getDeviceInfo().toBuilder().clearDevEui()).build();
		assertThat(this.handler.handle(TOPIC + "up", event.toByteArray(), NOW))
			.isEqualTo(new Outcome.Reject(Outcome.Reject.MALFORMED_EVENT, "event has no deviceInfo.devEui", ""));
	}

	@Test
	void rejectsAnUplinkWithoutDeduplicationId() {
		assertThat(this.handler.handle(TOPIC + "up", uplink().clearDeduplicationId().build().toByteArray(), NOW))
			.isEqualTo(new Outcome.Reject(Outcome.Reject.MALFORMED_EVENT, "event has no deduplicationId", ""));
	}

	@Test
	void rejectsAPayloadThatDoesNotDecode() {
		UplinkEvent event = uplink().setData(ByteString.fromHex("0367ec")).build();
		assertThat(this.handler.handle(TOPIC + "up", event.toByteArray(), NOW))
			.isEqualTo(new Outcome.Reject(Outcome.Reject.DECODE_ERROR,
					"cannot decode milesight-em500-co2 fPort 85: frame too short: need 4 bytes, got 3 (0367ec)",
					"24e124136b123456"));
	}

	@Test
	void readsModelsWithoutNativeDecoderFromTheCodecObject() {
		com.google.protobuf.Struct object = com.google.protobuf.Struct.newBuilder()
			.putFields("TempC_SHT", com.google.protobuf.Value.newBuilder().setNumberValue(21.5).build())
			.putFields("BatV", com.google.protobuf.Value.newBuilder().setStringValue("3.014").build())
			.build();
		UplinkEvent event = uplink().setDeviceInfo(uplink().getDeviceInfo().toBuilder().setDevEui("a840414bd1234567"))
			.setFPort(2)
			.setData(ByteString.fromHex("cbf60b0d0376"))
			.setObject(object)
			.build();
		Reading reading = ((Outcome.Publish) this.handler.handle("application/a/device/a840414bd1234567/event/up",
				event.toByteArray(), NOW))
			.reading();
		assertThat(reading.observations())
			.containsExactly(Observation.of(Map.of(InfluxSchema.TEMPERATURE_C, 21.5, InfluxSchema.BATTERY_V, 3.014)));
	}

	private static UplinkEvent.Builder uplink() {
		try {
			UplinkEvent.Builder builder = UplinkEvent.newBuilder();
			com.google.protobuf.util.JsonFormat.parser()
				.ignoringUnknownFields()
				.merge(new String(Fixtures.load("up", "milesight-em500-co2", "current"), StandardCharsets.UTF_8),
						builder);
			return builder;
		}
		catch (com.google.protobuf.InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
