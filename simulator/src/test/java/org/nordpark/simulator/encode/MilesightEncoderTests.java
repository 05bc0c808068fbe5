package org.nordpark.simulator.encode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MilesightEncoderTests {

	@Test
	void ws302SoundLevelPacksTheWeightingsAndLittleEndianLevels() {
		Frame frame = MilesightEncoder.frame().battery(100).sound(1, 1, 52.5, 45.6, 81.2).build();
		assertThat(frame.fPort()).isEqualTo(85);
		assertThat(frame.hex()).isEqualTo("017564" + "055b05" + "0d02" + "c801" + "2c03");
	}

	@Test
	void em500Co2FrameHasTemperatureHumidityCo2AndPressure() {
		Frame frame = MilesightEncoder.frame()
			.battery(93)
			.temperature(-3.2)
			.humidity(87.5)
			.co2(468)
			.pressure(1008.6)
			.build();
		assertThat(frame.hex()).isEqualTo("01755d" + "0367e0ff" + "0468af" + "057dd401" + "06736627");
	}

	@Test
	void em400MudFrameHasDistanceAndPosition() {
		Frame frame = MilesightEncoder.frame().battery(77).temperature(18.0).distance(1234).position(true).build();
		assertThat(frame.hex()).isEqualTo("01754d" + "0367b400" + "0482d204" + "050001");
	}

	@Test
	void refusesAWeightingOutsideTheThreeKnownOnes() {
		assertThatIllegalArgumentException().isThrownBy(() -> MilesightEncoder.frame().sound(3, 0, 40, 40, 40));
	}

}
