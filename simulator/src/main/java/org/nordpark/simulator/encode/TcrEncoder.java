package org.nordpark.simulator.encode;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Parametric TCR radar traffic counter frames (devices.md §2): the legacy application
 * payload V2 on fPort 15 (33 bytes, big-endian) and the legacy configuration payload on
 * fPort 190.
 */
public final class TcrEncoder {

	/** Number of speed classes in a legacy payload. */
	public static final int CLASSES = 4;

	private static final int VENDOR = 0xBE;

	private static final int FAMILY_TCR = 0x02;

	private TcrEncoder() {
	}

	/**
	 * The legacy V2 application payload.
	 * @param sbxBatteryMv solar charger battery, millivolts
	 * @param solarPowerMw solar panel power, milliwatts
	 * @param deviceTemperatureC device temperature, °C (0.1 °C resolution)
	 * @param classes the four speed-class counts, class 0 first
	 */
	public static Frame payloadV2(int sbxBatteryMv, int solarPowerMw, double deviceTemperatureC,
			List<ClassCount> classes) {
		ByteBuffer buffer = ByteBuffer.allocate(33);
		header(buffer, 2);
		buffer.putShort((short) Fields.u16(sbxBatteryMv, "SBX battery mV"));
		body(buffer, solarPowerMw, deviceTemperatureC, classes);
		return new Frame(15, buffer.array());
	}

	/**
	 * The legacy V1 application payload (battery in percent, 32 bytes).
	 * @param sbxBatteryPct solar charger battery, percent
	 */
	public static Frame payloadV1(int sbxBatteryPct, int solarPowerMw, double deviceTemperatureC,
			List<ClassCount> classes) {
		ByteBuffer buffer = ByteBuffer.allocate(32);
		header(buffer, 1);
		buffer.put((byte) Fields.u8(Math.min(sbxBatteryPct, 100), "SBX battery %"));
		body(buffer, solarPowerMw, deviceTemperatureC, classes);
		return new Frame(15, buffer.array());
	}

	/**
	 * The legacy configuration payload V2 sent once after join.
	 * @param firmware major, minor, patch
	 * @param uplinkIntervalMin uplink interval, minutes
	 * @param speedClasses (start, end) km/h of classes 0 to 3
	 */
	public static Frame configuration(int[] firmware, int uplinkIntervalMin, int[][] speedClasses) {
		ByteBuffer buffer = ByteBuffer.allocate(27);
		header(buffer, 2);
		buffer.put((byte) 2); // TCR-HS
		for (int part : firmware) {
			buffer.put((byte) Fields.u8(part, "firmware version part"));
		}
		buffer.put((byte) 0); // timespan mode
		buffer.put((byte) 0); // class A
		buffer.put((byte) 0); // unconfirmed uplinks
		buffer.putShort((short) Fields.u16(uplinkIntervalMin, "uplink interval"));
		buffer.putShort((short) 0); // link check off
		buffer.putShort((short) 5); // hold-off s
		buffer.put((byte) 80); // radar sensitivity %
		buffer.put((byte) 10).put((byte) 25); // lane distances
		for (int[] range : speedClasses) {
			buffer.put((byte) Fields.u8(range[0], "speed class start"))
				.put((byte) Fields.u8(range[1], "speed class end"));
		}
		return new Frame(190, buffer.array());
	}

	private static void header(ByteBuffer buffer, int version) {
		buffer.put((byte) VENDOR).put((byte) FAMILY_TCR).put((byte) version);
	}

	private static void body(ByteBuffer buffer, int solarPowerMw, double deviceTemperatureC, List<ClassCount> classes) {
		if (classes.size() != CLASSES) {
			throw new IllegalArgumentException("a legacy TCR payload has " + CLASSES + " speed classes");
		}
		buffer.putShort((short) Fields.u16(solarPowerMw, "solar power mW"));
		buffer.putShort((short) Fields.s16(Fields.scaled(deviceTemperatureC, 10), "device temperature"));
		for (ClassCount count : classes) {
			buffer.putShort((short) Fields.u16(count.ltrCount(), "LTR count"));
			buffer.put((byte) Fields.u8(count.ltrSpeedKmh(), "LTR speed"));
			buffer.putShort((short) Fields.u16(count.rtlCount(), "RTL count"));
			buffer.put((byte) Fields.u8(count.rtlSpeedKmh(), "RTL speed"));
		}
	}

	/**
	 * Objects counted in one speed class during one interval.
	 *
	 * @param ltrCount objects moving left to right
	 * @param ltrSpeedKmh their average speed, km/h
	 * @param rtlCount objects moving right to left
	 * @param rtlSpeedKmh their average speed, km/h
	 */
	public record ClassCount(int ltrCount, int ltrSpeedKmh, int rtlCount, int rtlSpeedKmh) {

	}

}
