package org.nordpark.bridge.decoder;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.SensorModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.nordpark.bridge.decoder.TestSensors.decode;

class BoschTps110DecoderTests {

	private final CatalogEntry bay = TestSensors.sensor(SensorModel.BOSCH_TPS110);

	@Test
	void decodesOccupiedBayFromStatusFrame() {
		assertThat(decode(this.bay, 1, "01")).singleElement()
			.satisfies((o) -> assertThat(o.values()).isEqualTo(Map.of(InfluxSchema.OCCUPIED, 1.0)));
	}

	@Test
	void masksReservedBitsOfTheStatusByte() {
		assertThat(TestSensors.plain(decode(this.bay, 1, "fe"))).containsEntry(InfluxSchema.OCCUPIED, 0.0);
	}

	@Test
	void decodesHeartbeatWithNegativeDeviceTemperature() {
		assertThat(TestSensors.plain(decode(this.bay, 2, "00ff"))).containsEntry(InfluxSchema.OCCUPIED, 0.0)
			.containsEntry(InfluxSchema.DEVICE_TEMPERATURE_C, -1.0);
	}

	@Test
	void decodesShortHeartbeatOfOldFirmware() {
		assertThat(TestSensors.plain(decode(this.bay, 2, "01"))).isEqualTo(Map.of(InfluxSchema.OCCUPIED, 1.0));
	}

	@Test
	void takesTheParkingStateFromTheStartUpFrame() {
		assertThat(TestSensors.plain(decode(this.bay, 3, "2A010000 00000000 00000000 001D02 02 01")))
			.isEqualTo(Map.of(InfluxSchema.OCCUPIED, 1.0));
	}

	@Test
	void debugAndUsageFramesCarryNoMeasurements() {
		assertThat(decode(this.bay, 6, "0102030405060708090a")).isEmpty();
		assertThat(decode(this.bay, 5, "0000000012")).isEmpty();
	}

	@Test
	void rejectsStatusFrameOfWrongLength() {
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(this.bay, 1, "0100"))
			.withMessage("TPS110 status frame must be 1 bytes, got 2 (0100)");
	}

	@Test
	void rejectsShortStartUpFrame() {
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(this.bay, 3, "000000"))
			.withMessageStartingWith("TPS110 start-up frame must be 17 bytes, got 3");
	}

	@Test
	void rejectsUnknownPort() {
		assertThatExceptionOfType(DecodingException.class).isThrownBy(() -> decode(this.bay, 9, "01"))
			.withMessage("TPS110 sends no frames on fPort 9");
	}

	@Test
	void fPortZeroAndEmptyPayloadGiveNoObservations() {
		assertThat(decode(this.bay, 0, "01")).isEmpty();
		assertThat(decode(this.bay, 1, "")).isEmpty();
	}

}
