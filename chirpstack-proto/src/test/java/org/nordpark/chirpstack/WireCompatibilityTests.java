package org.nordpark.chirpstack;

import java.util.HexFormat;

import io.chirpstack.api.ApplicationServiceGrpc;
import io.chirpstack.api.DeviceProfileServiceGrpc;
import io.chirpstack.api.DeviceServiceGrpc;
import io.chirpstack.api.TenantServiceGrpc;
import io.chirpstack.api.integration.StatusEvent;
import io.chirpstack.api.integration.UplinkEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WireCompatibilityTests {

	@Test
	void grpcMethodsHaveChirpStacksFullNames() {
		assertThat(DeviceServiceGrpc.getListMethod().getFullMethodName()).isEqualTo("api.DeviceService/List");
		assertThat(DeviceServiceGrpc.getGetMethod().getFullMethodName()).isEqualTo("api.DeviceService/Get");
		assertThat(ApplicationServiceGrpc.getListMethod().getFullMethodName()).isEqualTo("api.ApplicationService/List");
		assertThat(DeviceProfileServiceGrpc.getGetMethod().getFullMethodName())
			.isEqualTo("api.DeviceProfileService/Get");
		assertThat(TenantServiceGrpc.getListMethod().getFullMethodName()).isEqualTo("api.TenantService/List");
	}

	@Test
	void encodesUplinkFieldsWithChirpStacksFieldNumbers() {
		UplinkEvent event = UplinkEvent.newBuilder()
			.setDeduplicationId("a")
			.setFCnt(1)
			.setFPort(2)
			.setData(com.google.protobuf.ByteString.copyFrom(new byte[] { 3 }))
			.setRegionConfigId("b")
			.build();
		// 1: "a", 7: 1, 8: 2, 10: 03, 16: "b" (two-byte tag 0x82 0x01)
		assertThat(HexFormat.of().formatHex(event.toByteArray()))
			.isEqualTo("0a0161" + "3801" + "4002" + "520103" + "82010162");
	}

	@Test
	void decodesStatusFieldsWithChirpStacksFieldNumbers() throws Exception {
		// 5: margin 7, 7: battery unavailable true, 8: battery level 50.0f
		StatusEvent status = StatusEvent.parseFrom(HexFormat.of().parseHex("2807" + "3801" + "4500004842"));
		assertThat(status.getMargin()).isEqualTo(7);
		assertThat(status.getBatteryLevelUnavailable()).isTrue();
		assertThat(status.getBatteryLevel()).isEqualTo(50.0f);
	}

}
