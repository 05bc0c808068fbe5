package org.nordpark.simulator.encode;

import java.nio.ByteBuffer;

/**
 * Bosch TPS110 parking lot sensor frames (devices.md §1): status on fPort 1, heartbeat
 * with device temperature on fPort 2, start-up on fPort 3.
 */
public final class Tps110Encoder {

	/** Reset cause "power-on" in the start-up frame. */
	public static final int RESET_POWER_ON = 2;

	private Tps110Encoder() {
	}

	/** The parking status frame sent on every change of occupancy. */
	public static Frame status(boolean occupied) {
		return new Frame(1, new byte[] { state(occupied) });
	}

	/**
	 * The heartbeat of firmware 0.29 or newer: state and device temperature (whole °C).
	 */
	public static Frame heartbeat(boolean occupied, int deviceTemperatureC) {
		return new Frame(2, new byte[] { state(occupied), (byte) Fields.s8(deviceTemperatureC, "device temperature") });
	}

	/**
	 * The 17-byte start-up frame with empty debug slots.
	 * @param firmware major, minor and patch version
	 * @param resetCause 1 watchdog, 2 power-on, 3 system request, 4 other
	 */
	public static Frame startup(boolean occupied, int[] firmware, int resetCause) {
		if (firmware.length != 3) {
			throw new IllegalArgumentException("firmware version needs major, minor and patch");
		}
		ByteBuffer buffer = ByteBuffer.allocate(17);
		buffer.put(new byte[12]);
		for (int part : firmware) {
			buffer.put((byte) Fields.u8(part, "firmware version part"));
		}
		buffer.put((byte) Fields.u8(resetCause, "reset cause"));
		buffer.put(state(occupied));
		return new Frame(3, buffer.array());
	}

	private static byte state(boolean occupied) {
		return (byte) (occupied ? 1 : 0);
	}

}
