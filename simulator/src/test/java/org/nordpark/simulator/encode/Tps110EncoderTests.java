package org.nordpark.simulator.encode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class Tps110EncoderTests {

	@Test
	void statusFrameCarriesTheStateInBitZeroOnPortOne() {
		assertThat(Tps110Encoder.status(true)).isEqualTo(new Frame(1, new byte[] { 0x01 }));
		assertThat(Tps110Encoder.status(false).hex()).isEqualTo("00");
	}

	@Test
	void heartbeatAddsTheDeviceTemperatureAsSignedByte() {
		assertThat(Tps110Encoder.heartbeat(true, 21)).isEqualTo(new Frame(2, new byte[] { 0x01, 0x15 }));
		assertThat(Tps110Encoder.heartbeat(false, -1).hex()).isEqualTo("00ff");
	}

	@Test
	void startupFrameHasEmptyDebugSlotsFirmwareResetCauseAndState() {
		Frame frame = Tps110Encoder.startup(true, new int[] { 0, 29, 2 }, Tps110Encoder.RESET_POWER_ON);
		assertThat(frame.fPort()).isEqualTo(3);
		assertThat(frame.hex()).isEqualTo("000000000000000000000000" + "001d02" + "02" + "01");
	}

	@Test
	void rejectsTemperaturesOutsideASignedByte() {
		assertThatIllegalArgumentException().isThrownBy(() -> Tps110Encoder.heartbeat(true, 130))
			.withMessageContaining("device temperature 130");
	}

}
