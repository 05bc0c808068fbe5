package org.nordpark.bridge.decoder;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InfluxSchema;

/**
 * Bosch Parking Lot Sensor TPS110: fPort 1 status, 2 heartbeat (optionally with the
 * device temperature), 3 start-up (carries the state too); device information, usage
 * statistics and debug frames (4-6) carry no measurements.
 */
final class BoschTps110Decoder implements ModelDecoder {

	private static final int STARTUP_LENGTH = 17;

	@Override
	public Observations decode(CatalogEntry sensor, int fPort, Frame frame) {
		Observations values = new Observations();
		switch (fPort) {
			case 1 -> {
				frame.requireLength(1, "TPS110 status frame");
				values.put(InfluxSchema.OCCUPIED, frame.u8(0) & 0x01);
			}
			case 2 -> {
				if (frame.length() != 1 && frame.length() != 2) {
					throw new DecodingException("TPS110 heartbeat frame must be 1 or 2 bytes, got " + frame.length()
							+ " (" + frame.hex() + ")");
				}
				values.put(InfluxSchema.OCCUPIED, frame.u8(0) & 0x01);
				if (frame.length() == 2) {
					values.put(InfluxSchema.DEVICE_TEMPERATURE_C, frame.s8(1));
				}
			}
			case 3 -> {
				frame.requireLength(STARTUP_LENGTH, "TPS110 start-up frame");
				values.put(InfluxSchema.OCCUPIED, frame.u8(16) & 0x01);
			}
			case 4, 5, 6 -> {
				// device information, usage statistics, debug: no measurements
			}
			default -> throw new DecodingException("TPS110 sends no frames on fPort " + fPort);
		}
		return values;
	}

}
