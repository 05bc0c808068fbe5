package org.nordpark.simulator.encode;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nordpark.simulator.encode.TcrEncoder.ClassCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TcrEncoderTests {

	private static final List<ClassCount> COUNTS = List.of(new ClassCount(3, 5, 1, 4), new ClassCount(0, 0, 2, 17),
			new ClassCount(300, 42, 258, 38), new ClassCount(12, 36, 9, 33));

	@Test
	void legacyV2PayloadIsBigEndianWithFourSpeedClassBlocks() {
		Frame frame = TcrEncoder.payloadV2(3650, 1200, 11.5, COUNTS);
		assertThat(frame.fPort()).isEqualTo(15);
		assertThat(frame.data()).hasSize(33);
		assertThat(frame.hex()).isEqualTo("be0202" + "0e42" + "04b0" + "0073" + "000305" + "000104" + "000000"
				+ "000211" + "012c2a" + "010226" + "000c24" + "000921");
	}

	@Test
	void legacyV1PayloadCarriesTheBatteryInPercent() {
		Frame frame = TcrEncoder.payloadV1(87, 0, -2.5, COUNTS);
		assertThat(frame.data()).hasSize(32);
		assertThat(frame.hex()).startsWith("be0201" + "57" + "0000" + "ffe7");
	}

	@Test
	void configurationPayloadHasTheSpeedClassTable() {
		Frame frame = TcrEncoder.configuration(new int[] { 2, 1, 0 }, 15,
				new int[][] { { 1, 7 }, { 8, 25 }, { 26, 49 }, { 50, 120 } });
		assertThat(frame.fPort()).isEqualTo(190);
		assertThat(frame.data()).hasSize(27);
		assertThat(frame.hex()).startsWith("be020202020100000000000f").endsWith("010708191a313278");
	}

	@Test
	void rejectsAnythingButFourClasses() {
		assertThatIllegalArgumentException().isThrownBy(() -> TcrEncoder.payloadV2(3600, 0, 10, COUNTS.subList(0, 3)));
	}

	@Test
	void rejectsCountsBeyondSixteenBits() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> TcrEncoder.payloadV2(3600, 0, 10,
							List.of(new ClassCount(70000, 5, 0, 0), new ClassCount(0, 0, 0, 0),
									new ClassCount(0, 0, 0, 0), new ClassCount(0, 0, 0, 0))))
			.withMessageContaining("LTR count 70000");
	}

}
