package org.nordpark.simulator.encode;

import java.nio.ByteBuffer;

/**
 * Parametric PCR2 radar people counter frames on fPort 14 (devices.md §3): the extended
 * V4 payload and the Elsys-compatible payload.
 */
public final class Pcr2Encoder {

	private static final int PORT = 14;

	private Pcr2Encoder() {
	}

	/**
	 * The 17-byte extended V4 payload.
	 * @param ltr persons left to right in the interval
	 * @param rtl persons right to left in the interval
	 * @param ltrSum left to right since power-up (16 bit, wraps)
	 * @param rtlSum right to left since power-up (16 bit, wraps)
	 * @param sbxBatteryMv solar charger battery, millivolts
	 * @param solarPowerMw solar panel power, milliwatts
	 * @param cpuTemperatureC device temperature, °C (0.1 °C resolution)
	 */
	public static Frame extendedV4(int ltr, int rtl, int ltrSum, int rtlSum, int sbxBatteryMv, int solarPowerMw,
			double cpuTemperatureC) {
		ByteBuffer buffer = ByteBuffer.allocate(17);
		buffer.put((byte) 0xBE).put((byte) 0x01).put((byte) 0x04);
		buffer.putShort((short) Fields.u16(ltr, "LTR count"));
		buffer.putShort((short) Fields.u16(rtl, "RTL count"));
		buffer.putShort((short) Fields.u16(ltrSum, "LTR sum"));
		buffer.putShort((short) Fields.u16(rtlSum, "RTL sum"));
		buffer.putShort((short) Fields.u16(sbxBatteryMv, "SBX battery mV"));
		buffer.putShort((short) Fields.u16(solarPowerMw, "solar power mW"));
		buffer.putShort((short) Fields.s16(Fields.scaled(cpuTemperatureC, 10), "CPU temperature"));
		return new Frame(PORT, buffer.array());
	}

	/** The 9-byte Elsys-compatible payload (payload type 0). */
	public static Frame elsysCompatible(int ltr, int rtl, double cpuTemperatureC) {
		ByteBuffer buffer = ByteBuffer.allocate(9);
		buffer.put((byte) 0x0A).putShort((short) Fields.u16(ltr, "LTR count"));
		buffer.put((byte) 0x16).putShort((short) Fields.u16(rtl, "RTL count"));
		buffer.put((byte) 0x01).putShort((short) Fields.s16(Fields.scaled(cpuTemperatureC, 10), "CPU temperature"));
		return new Frame(PORT, buffer.array());
	}

}
