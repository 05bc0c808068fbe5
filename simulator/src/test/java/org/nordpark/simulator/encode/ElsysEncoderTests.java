package org.nordpark.simulator.encode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ElsysEncoderTests {

	@Test
	void ersCo2FrameIsTypeValuePairsInBigEndian() {
		Frame frame = ElsysEncoder.frame()
			.temperature(22.6)
			.humidity(41)
			.light(39)
			.motion(6)
			.co2(776)
			.vdd(3426)
			.build();
		assertThat(frame.fPort()).isEqualTo(5);
		assertThat(frame.hex()).isEqualTo("0100e2" + "0229" + "040027" + "0506" + "060308" + "070d62");
	}

	@Test
	void negativeTemperaturesAreTwosComplement() {
		assertThat(ElsysEncoder.frame().temperature(-5.3).build().hex()).isEqualTo("01ffcb");
	}

	@Test
	void soundPressureAndTvocHaveTheirOwnTypes() {
		assertThat(ElsysEncoder.frame().sound(78, 55).pressure(1013.25).tvoc(120).build().hex())
			.isEqualTo("154e37" + "14000f7602" + "1c0078");
	}

	@Test
	void anEmptyFrameIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> ElsysEncoder.frame().build());
	}

}
