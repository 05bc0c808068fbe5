package org.nordpark.bridge.decoder;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InfluxSchema;

/**
 * Decentlab DL-PM: protocol version 2, device id, a sensor-presence bit field and, for
 * each bit set from bit 0 upwards, that group's big-endian 16-bit words. The frame length
 * must match the groups announced. Humidity is cropped to 0-100 % as the Sensirion
 * sensor's data sheet prescribes.
 */
final class DecentlabDlPmDecoder implements ModelDecoder {

	private static final int PROTOCOL_VERSION = 2;

	/** Words per flag bit 0-3; other bits are unknown groups. */
	private static final int[] WORDS = { 1, 10, 2, 1 };

	@Override
	public Observations decode(CatalogEntry sensor, int fPort, Frame frame) {
		int version = frame.u8(0);
		if (version != PROTOCOL_VERSION) {
			throw new DecodingException("DL-PM protocol version must be 2, got " + version);
		}
		int flags = frame.u16be(3);
		if ((flags & ~0x000F) != 0) {
			throw new DecodingException(
					"DL-PM sensor flags 0x" + Integer.toHexString(flags) + " announce unknown sensor groups");
		}
		int expected = 5;
		for (int bit = 0; bit < WORDS.length; bit++) {
			if ((flags & (1 << bit)) != 0) {
				expected += 2 * WORDS[bit];
			}
		}
		frame.requireLength(expected, "DL-PM frame with flags 0x" + Integer.toHexString(flags));
		Observations values = new Observations();
		int at = 5;
		if ((flags & 0x01) != 0) {
			values.put(InfluxSchema.BATTERY_V, frame.u16be(at) / 1000.0);
			at += 2;
		}
		if ((flags & 0x02) != 0) {
			values.put(InfluxSchema.PM1_0_UGM3, frame.u16be(at) / 10.0);
			values.put(InfluxSchema.PM2_5_UGM3, frame.u16be(at + 2) / 10.0);
			values.put(InfluxSchema.PM4_UGM3, frame.u16be(at + 4) / 10.0);
			values.put(InfluxSchema.PM10_UGM3, frame.u16be(at + 6) / 10.0);
			at += 20;
		}
		if ((flags & 0x04) != 0) {
			values.put(InfluxSchema.TEMPERATURE_C, 175.72 * frame.u16be(at) / 65536 - 46.85);
			double humidity = 125.0 * frame.u16be(at + 2) / 65536 - 6;
			values.put(InfluxSchema.RELATIVE_HUMIDITY_PCT, Math.max(0, Math.min(100, humidity)));
			at += 4;
		}
		if ((flags & 0x08) != 0) {
			values.put(InfluxSchema.PRESSURE_HPA, frame.u16be(at) * 2 / 100.0);
		}
		return values;
	}

}
