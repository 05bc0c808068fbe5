package org.nordpark.bridge;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import io.chirpstack.api.integration.UplinkEvent;

/**
 * ChirpStack v4 uplink events shaped as ChirpStack v4.11+ writes them (pbjson with
 * emitted defaults, RFC3339 times with {@code +00:00}), and their binary twins.
 */
final class ChirpStackUplinks {

	static final String APPLICATION_ID = "9c1c7e2a-3d0b-4a7e-9a55-2b1f0c6d8e10";

	static final String TIME = "2025-11-20T08:15:42.918213402+00:00";

	private ChirpStackUplinks() {
	}

	static String topic(String prefix, String devEui, String event) {
		return prefix + "/application/" + APPLICATION_ID + "/device/" + devEui + "/event/" + event;
	}

	static byte[] json(String deduplicationId, String devEui, int fPort, String hex) {
		String data = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex.replace(" ", "")));
		String json = """
				{"deduplicationId":"%s","time":"%s","deviceInfo":{"tenantId":"52f14cd4-c6f1-4fbd-8f87-4025e1d49242",\
				"tenantName":"Nordpark","applicationId":"%s","applicationName":"nordpark-sensors",\
				"deviceProfileId":"2d8b168a-9a8e-4447-af4e-e4e8146fc215","deviceProfileName":"Test profile",\
				"deviceName":"sensor-%s","devEui":"%s","deviceClassEnabled":"CLASS_A","tags":{}},\
				"devAddr":"0123abcd","adr":true,"dr":5,"fCnt":77,"fPort":%d,"confirmed":false,"data":"%s",\
				"rxInfo":[{"gatewayId":"0016c001f153a14c","uplinkId":2818349113,\
				"nsTime":"2025-11-20T08:15:42.712403551+00:00","rssi":-101,"snr":3.5,"channel":2,\
				"location":{"latitude":51.1771,"longitude":6.3822},"context":"Gis8TQ==","crcStatus":"CRC_OK"}],\
				"txInfo":{"frequency":868500000,"modulation":{"lora":{"bandwidth":125000,"spreadingFactor":9,\
				"codeRate":"CR_4_5"}}},"regionConfigId":"eu868"}""".formatted(deduplicationId, TIME, APPLICATION_ID,
				devEui, devEui, fPort, data);
		return json.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] protobuf(String deduplicationId, String devEui, int fPort, String hex) {
		UplinkEvent.Builder builder = UplinkEvent.newBuilder();
		try {
			JsonFormat.parser()
				.merge(new String(json(deduplicationId, devEui, fPort, hex), StandardCharsets.UTF_8), builder);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
		return builder.build().toByteArray();
	}

}
