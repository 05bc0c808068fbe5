package org.nordpark.simulator.chirpstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.protobuf.util.JsonFormat;
import io.chirpstack.api.integration.UplinkEvent.Builder;
import org.junit.jupiter.api.Test;
import org.nordpark.simulator.encode.Frame;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON of ChirpStack v4.11+ (shared/chirpstack.md §2), key by key. */
class JsonEventWriterTests {

	private static final ChirpStackTenant TENANT = new ChirpStackTenant("52f14cd4-c6f1-4fbd-8f87-4025e1d49242", "City",
			"9c1c7e2a-3d0b-4a7e-9a55-2b1f0c6d8e10", "nordpark-sensors", "eu868");

	private static final DeviceIdentity DEVICE = new DeviceIdentity("70b3d5e75e100001", "P1 bay 01",
			"2d8b168a-9a8e-4447-af4e-e4e8146fc215", "Bosch TPS110", "0123abcd",
			Map.of("zone", "P1", "section", "disabled"));

	private static final GatewaySite GNSS = new GatewaySite("0016c001f153a14c", "roof", 51.1753, 6.3852, 92.0, true);

	private static final GatewaySite PLAIN = new GatewaySite("0016c001f1539e21", "mast", 51.1711, 6.3899, 68.0, false);

	private final JsonEventWriter writer = new JsonEventWriter(TENANT);

	@Test
	void upEventHasEveryIntegrationFieldInProtoOrderAndOmitsGatewayDefaults() {
		Instant time = Instant.parse("2025-11-20T08:15:42.918213402Z");
		UplinkEvent event = new UplinkEvent(UUID.fromString("5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41"), time, DEVICE, 1432,
				new Frame(1, new byte[] { 1 }), 9, 868_300_000L,
				List.of(new Reception(GNSS, 2818349113L, -97, 6.25f, 1, 1, new byte[] { 0x1a, 0x2b, 0x3c, 0x4d },
						time.plusMillis(20), time),
						new Reception(PLAIN, 913427702L, -112, 0.0f, 0, 0, new byte[] { 0, 1, (byte) 0x96, 0x46 },
								Instant.parse("2025-11-20T08:15:42.950Z"), null)));
		String json = new String(this.writer.up(event), StandardCharsets.UTF_8);
		assertThat(json).isEqualTo("{\"deduplicationId\":\"5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41\","
				+ "\"time\":\"2025-11-20T08:15:42.918213402+00:00\",\"deviceInfo\":{"
				+ "\"tenantId\":\"52f14cd4-c6f1-4fbd-8f87-4025e1d49242\",\"tenantName\":\"City\","
				+ "\"applicationId\":\"9c1c7e2a-3d0b-4a7e-9a55-2b1f0c6d8e10\",\"applicationName\":\"nordpark-sensors\","
				+ "\"deviceProfileId\":\"2d8b168a-9a8e-4447-af4e-e4e8146fc215\",\"deviceProfileName\":\"Bosch TPS110\","
				+ "\"deviceName\":\"P1 bay 01\",\"devEui\":\"70b3d5e75e100001\",\"deviceClassEnabled\":\"CLASS_A\","
				+ "\"tags\":{\"section\":\"disabled\",\"zone\":\"P1\"}},\"devAddr\":\"0123abcd\",\"adr\":true,\"dr\":3,"
				+ "\"fCnt\":1432,\"fPort\":1,\"confirmed\":false,\"data\":\"AQ==\",\"rxInfo\":["
				+ "{\"gatewayId\":\"0016c001f153a14c\",\"uplinkId\":2818349113,"
				+ "\"gwTime\":\"2025-11-20T08:15:42.918213402+00:00\","
				+ "\"nsTime\":\"2025-11-20T08:15:42.938213402+00:00\",\"timeSinceGpsEpoch\":\"1447661760.918213402s\","
				+ "\"rssi\":-97,\"snr\":6.25,\"channel\":1,\"rfChain\":1,"
				+ "\"location\":{\"latitude\":51.1753,\"longitude\":6.3852,\"altitude\":92.0},"
				+ "\"context\":\"Gis8TQ==\",\"crcStatus\":\"CRC_OK\"},"
				+ "{\"gatewayId\":\"0016c001f1539e21\",\"uplinkId\":913427702,"
				+ "\"nsTime\":\"2025-11-20T08:15:42.950+00:00\",\"rssi\":-112,"
				+ "\"location\":{\"latitude\":51.1711,\"longitude\":6.3899,\"altitude\":68.0},"
				+ "\"context\":\"AAGWRg==\",\"crcStatus\":\"CRC_OK\"}],"
				+ "\"txInfo\":{\"frequency\":868300000,\"modulation\":{\"lora\":{\"bandwidth\":125000,"
				+ "\"spreadingFactor\":9,\"codeRate\":\"CR_4_5\"}}},\"regionConfigId\":\"eu868\"}");
	}

	@Test
	void upEventFitsChirpStacksProtobufSchemaFieldForField() throws Exception {
		Instant time = Instant.parse("2026-11-21T14:00:00Z");
		UplinkEvent event = new UplinkEvent(UUID.randomUUID(), time, DEVICE, 7,
				new Frame(85, new byte[] { 1, 0x75, 99 }), 7, 868_100_000L,
				List.of(new Reception(PLAIN, 1, -80, 9.5f, 0, 1, new byte[4], time, null)));
		Builder builder = io.chirpstack.api.integration.UplinkEvent.newBuilder();
		// strict parser: a key that is not in the schema fails
		JsonFormat.parser().merge(new String(this.writer.up(event), StandardCharsets.UTF_8), builder);
		assertThat(builder.getFPort()).isEqualTo(85);
		assertThat(builder.getData().toByteArray()).containsExactly(1, 0x75, 99);
		assertThat(builder.getRxInfo(0).getSnr()).isEqualTo(9.5f);
		assertThat(builder.getDeviceInfo().getTagsMap()).containsEntry("zone", "P1");
		assertThat(new String(new ProtobufEventWriter(this.writer).up(event), StandardCharsets.ISO_8859_1))
			.isEqualTo(new String(builder.build().toByteArray(), StandardCharsets.ISO_8859_1));
	}

	@Test
	void statusEventCarriesMarginAndBatteryAsChirpStackComputesIt() {
		StatusEvent status = new StatusEvent(UUID.fromString("5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41"),
				Instant.parse("2025-11-20T08:15:42Z"), DEVICE, 7, 224);
		String json = new String(this.writer.status(status), StandardCharsets.UTF_8);
		assertThat(json)
			.startsWith("{\"deduplicationId\":\"5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41\","
					+ "\"time\":\"2025-11-20T08:15:42+00:00\",\"deviceInfo\":{")
			.endsWith("\"margin\":7,\"externalPowerSource\":false,\"batteryLevelUnavailable\":false,"
					+ "\"batteryLevel\":88.18898}");
	}

	@Test
	void timesHaveZeroThreeSixOrNineFractionDigits() {
		assertThat(Rfc3339.timestamp(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05+00:00");
		assertThat(Rfc3339.timestamp(Instant.parse("2026-01-02T03:04:05.120Z")))
			.isEqualTo("2026-01-02T03:04:05.120+00:00");
		assertThat(Rfc3339.timestamp(Instant.parse("2026-01-02T03:04:05.000007Z")))
			.isEqualTo("2026-01-02T03:04:05.000007+00:00");
		assertThat(Rfc3339.duration(Duration.ofSeconds(1234, 500_000_000))).isEqualTo("1234.500s");
	}

}
