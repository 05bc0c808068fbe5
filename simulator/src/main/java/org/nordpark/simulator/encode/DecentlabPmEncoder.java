package org.nordpark.simulator.encode;

import java.nio.ByteBuffer;

/**
 * Decentlab DL-PM frames on fPort 1 (devices.md §5): protocol version 2, device id,
 * sensor flags, then the 16-bit words of each present group.
 */
public final class DecentlabPmEncoder {

	private static final int PROTOCOL_VERSION = 2;

	private static final int FLAG_BATTERY = 1;

	private static final int FLAG_PM = 1 << 1;

	private static final int FLAG_AIR = 1 << 2;

	private static final int FLAG_PRESSURE = 1 << 3;

	private DecentlabPmEncoder() {
	}

	/** A frame with all four groups (flags 0x000F). */
	public static Frame full(int deviceId, double batteryV, Particulates pm, double temperatureC, double humidityPct,
			double pressureHpa) {
		ByteBuffer buffer = start(deviceId, FLAG_BATTERY | FLAG_PM | FLAG_AIR | FLAG_PRESSURE, 14);
		battery(buffer, batteryV);
		word(buffer, Fields.scaled(pm.pm1_0(), 10), "PM1.0");
		word(buffer, Fields.scaled(pm.pm2_5(), 10), "PM2.5");
		word(buffer, Fields.scaled(pm.pm4(), 10), "PM4");
		word(buffer, Fields.scaled(pm.pm10(), 10), "PM10");
		word(buffer, Math.round(pm.typicalSizeNm()), "typical particle size");
		for (double count : pm.numberPerCm3()) {
			word(buffer, Fields.scaled(count, 10), "number concentration");
		}
		word(buffer, Math.round((temperatureC + 46.85) * 65536 / 175.72), "air temperature");
		word(buffer, Math.round((humidityPct + 6) * 65536 / 125), "air humidity");
		word(buffer, Math.round(pressureHpa * 100 / 2), "pressure");
		return new Frame(1, buffer.array());
	}

	/** A battery-only frame (flags 0x0001). */
	public static Frame batteryOnly(int deviceId, double batteryV) {
		ByteBuffer buffer = start(deviceId, FLAG_BATTERY, 1);
		battery(buffer, batteryV);
		return new Frame(1, buffer.array());
	}

	private static ByteBuffer start(int deviceId, int flags, int words) {
		ByteBuffer buffer = ByteBuffer.allocate(5 + 2 * words);
		buffer.put((byte) PROTOCOL_VERSION);
		buffer.putShort((short) Fields.u16(deviceId, "device id"));
		buffer.putShort((short) flags);
		return buffer;
	}

	private static void battery(ByteBuffer buffer, double volts) {
		word(buffer, Fields.scaled(volts, 1000), "battery voltage");
	}

	private static void word(ByteBuffer buffer, long value, String what) {
		buffer.putShort((short) Fields.u16(value, what));
	}

	/**
	 * Particulate matter readings.
	 *
	 * @param pm1_0 PM1.0 mass concentration, µg/m³ (0.1 resolution)
	 * @param pm2_5 PM2.5, µg/m³
	 * @param pm4 PM4, µg/m³
	 * @param pm10 PM10, µg/m³
	 * @param typicalSizeNm typical particle size, nm
	 * @param numberPerCm3 number concentrations of PM0.5, PM1.0, PM2.5, PM4, PM10 per cm³
	 */
	public record Particulates(double pm1_0, double pm2_5, double pm4, double pm10, double typicalSizeNm,
			double[] numberPerCm3) {

		public Particulates {
			if (numberPerCm3.length != 5) {
				throw new IllegalArgumentException("five number concentrations are needed");
			}
			numberPerCm3 = numberPerCm3.clone();
		}

		@Override
		public double[] numberPerCm3() {
			return this.numberPerCm3.clone();
		}

	}

}
