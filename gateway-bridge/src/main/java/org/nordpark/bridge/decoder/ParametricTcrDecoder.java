package org.nordpark.bridge.decoder;

import java.util.LinkedHashMap;
import java.util.Map;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.CatalogSettings;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;

/**
 * Parametric / PMX TCR radar traffic counter. Legacy application payloads (fPort 15,
 * {@code BE 02 01|02}) carry four speed classes; Gen-2 counter payloads ({@code A2},
 * fPort 13 = all objects, 14-17 = filter categories 1-4) carry one category each. On
 * fPort 15 the first byte tells the two apart. Both generations use one {@code classes}
 * setting: key {@code n} names legacy speed class {@code n} and Gen-2 filter category
 * {@code n + 1} (fPort {@code 14 + n}). A frame that counts objects of a class without a
 * name is rejected, never shifted or dropped. LTR/RTL become direction labels through
 * {@code ltr}/{@code rtl}. Configuration and device-id frames (fPorts 190 and 1) carry no
 * measurements.
 */
final class ParametricTcrDecoder implements ModelDecoder {

	/**
	 * Class keys 0-3 (legacy speed class n, Gen-2 filter category n + 1) when no
	 * {@code classes} setting exists.
	 */
	static final Map<Integer, String> DEFAULT_CLASSES = Map.of(0, Dims.CLASS_PEDESTRIAN, 1, Dims.CLASS_BICYCLE, 2,
			Dims.CLASS_CAR, 3, Dims.CLASS_TRUCK);

	/** Number of class keys: legacy speed classes 0-3 = Gen-2 filter categories 1-4. */
	static final int CLASS_KEYS = 4;

	@Override
	public Observations decode(CatalogEntry sensor, int fPort, Frame frame) {
		if (fPort == 15 && !frame.startsWith(0xA2)) {
			return legacy(sensor, frame);
		}
		if (fPort >= 13 && fPort <= 17) {
			return gen2(sensor, fPort, frame);
		}
		if (fPort == 190) {
			if (!frame.startsWith(0xBE, 0x02) && !frame.startsWith(0xD2)) {
				throw new DecodingException(
						"TCR configuration frame must start with BE 02 or D2 (" + frame.hex() + ")");
			}
			return new Observations();
		}
		if (fPort == 1) {
			if (!frame.startsWith(0xC2) && !frame.startsWith(0xC1)) {
				throw new DecodingException("TCR config response must start with C1 or C2 (" + frame.hex() + ")");
			}
			return new Observations();
		}
		throw new DecodingException("TCR sends no frames on fPort " + fPort);
	}

	private Observations legacy(CatalogEntry sensor, Frame frame) {
		if (!frame.startsWith(0xBE, 0x02)) {
			throw new DecodingException("TCR payload must start with BE 02 (" + frame.hex() + ")");
		}
		int version = frame.u8(2);
		Observations values = new Observations();
		int blocks;
		if (version == 1) {
			frame.requireLength(32, "TCR payload v1");
			values.put(InfluxSchema.BATTERY_PCT, frame.u8(3));
			values.put(InfluxSchema.SOLAR_POWER_MW, frame.u16be(4));
			values.put(InfluxSchema.DEVICE_TEMPERATURE_C, frame.s16be(6) / 10.0);
			blocks = 8;
		}
		else if (version == 2) {
			frame.requireLength(33, "TCR payload v2");
			values.put(InfluxSchema.BATTERY_V, frame.u16be(3) / 1000.0);
			values.put(InfluxSchema.SOLAR_POWER_MW, frame.u16be(5));
			values.put(InfluxSchema.DEVICE_TEMPERATURE_C, frame.s16be(7) / 10.0);
			blocks = 9;
		}
		else {
			throw new DecodingException("TCR payload version " + version + " is not supported (1 or 2)");
		}
		Map<Integer, String> classes = SensorSettings.classes(sensor, DEFAULT_CLASSES);
		Counts counts = new Counts(SensorSettings.ltr(sensor), SensorSettings.rtl(sensor));
		for (int key = 0; key < CLASS_KEYS; key++) {
			String name = classes.get(key);
			int offset = blocks + key * 6;
			int ltrCount = frame.u16be(offset);
			int rtlCount = frame.u16be(offset + 3);
			if (name != null) {
				counts.add(name, ltrCount, frame.u8(offset + 2), rtlCount, frame.u8(offset + 5));
			}
			else if (ltrCount + rtlCount > 0) {
				throw new DecodingException("TCR speed class " + key + " counted " + (ltrCount + rtlCount)
						+ " objects but setting classes '" + sensor.setting(CatalogSettings.CLASSES)
						+ "' gives it no class (key " + key + ")");
			}
		}
		counts.into(values);
		return values;
	}

	private Observations gen2(CatalogEntry sensor, int fPort, Frame frame) {
		if (!frame.startsWith(0xA2)) {
			throw new DecodingException(
					"TCR counter frame on fPort " + fPort + " must start with A2 (" + frame.hex() + ")");
		}
		frame.requireLength(10, "TCR counter frame");
		Observations values = new Observations();
		values.put(InfluxSchema.BATTERY_V, frame.u8(9) / 10.0);
		String name = (fPort == 13) ? Dims.CLASS_ALL : SensorSettings.classes(sensor, DEFAULT_CLASSES).get(fPort - 14);
		if (name == null) {
			throw new DecodingException(
					"TCR filter category " + (fPort - 13) + " (fPort " + fPort + ") has no class in setting classes '"
							+ sensor.setting(CatalogSettings.CLASSES) + "' (key " + (fPort - 14) + ")");
		}
		Counts counts = new Counts(SensorSettings.ltr(sensor), SensorSettings.rtl(sensor));
		counts.add(name, frame.u16be(3), frame.u8(5), frame.u16be(6), frame.u8(8));
		counts.into(values);
		return values;
	}

	/**
	 * Counts per (class, direction); categories mapped to the same class are summed, with
	 * a count-weighted mean speed.
	 */
	private static final class Counts {

		private final String ltr;

		private final String rtl;

		private final Map<Map<String, String>, double[]> sums = new LinkedHashMap<>();

		Counts(String ltr, String rtl) {
			this.ltr = ltr;
			this.rtl = rtl;
		}

		void add(String name, int ltrCount, int ltrSpeed, int rtlCount, int rtlSpeed) {
			add(Map.of(Dims.CLASS, name, Dims.DIRECTION, this.ltr), ltrCount, ltrSpeed);
			add(Map.of(Dims.CLASS, name, Dims.DIRECTION, this.rtl), rtlCount, rtlSpeed);
		}

		private void add(Map<String, String> dims, int count, int speed) {
			double[] sum = this.sums.computeIfAbsent(dims, (key) -> new double[2]);
			sum[0] += count;
			sum[1] += (double) count * speed;
		}

		void into(Observations values) {
			this.sums.forEach((dims, sum) -> {
				values.put(dims, InfluxSchema.COUNT, sum[0]);
				if (sum[0] > 0) {
					values.put(dims, InfluxSchema.AVG_SPEED_KMH, sum[1] / sum[0]);
				}
			});
		}

	}

}
