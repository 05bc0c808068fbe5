package org.nordpark.simulator.encode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Pcr2EncoderTests {

	@Test
	void extendedV4PayloadHasCountsSumsBatteryMillivoltsPowerAndTemperature() {
		Frame frame = Pcr2Encoder.extendedV4(412, 37, 65535, 1024, 3712, 850, 14.2);
		assertThat(frame.fPort()).isEqualTo(14);
		assertThat(frame.hex()).isEqualTo("be0104" + "019c" + "0025" + "ffff" + "0400" + "0e80" + "0352" + "008e");
	}

	@Test
	void elsysCompatiblePayloadUsesTagValuePairs() {
		Frame frame = Pcr2Encoder.elsysCompatible(5, 300, -0.4);
		assertThat(frame.hex()).isEqualTo("0a0005" + "16012c" + "01fffc");
	}

}
