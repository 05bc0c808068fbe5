package org.nordpark.simulator.encode;

import org.junit.jupiter.api.Test;
import org.nordpark.simulator.encode.DecentlabPmEncoder.Particulates;

import static org.assertj.core.api.Assertions.assertThat;

class DecentlabPmEncoderTests {

	@Test
	void fullFrameHasVersionDeviceIdFlagsAndFourteenWords() {
		Particulates pm = new Particulates(4.2, 6.1, 7.3, 9.8, 512, new double[] { 30.1, 35.2, 35.9, 36.0, 36.0 });
		Frame frame = DecentlabPmEncoder.full(0x0BB8, 3.246, pm, 25.0, 50.0, 1013.2);
		assertThat(frame.fPort()).isEqualTo(1);
		assertThat(frame.data()).hasSize(33);
		assertThat(frame.hex()).isEqualTo("02" + "0bb8" + "000f" + "0cae" + "002a" + "003d" + "0049" + "0062" + "0200"
				+ "012d" + "0160" + "0167" + "0168" + "0168" + "68ad" + "72b0" + "c5e4");
	}

	@Test
	void batteryOnlyFrameHasOnlyTheFirstGroup() {
		assertThat(DecentlabPmEncoder.batteryOnly(1, 3.0).hex()).isEqualTo("02000100010bb8");
	}

}
