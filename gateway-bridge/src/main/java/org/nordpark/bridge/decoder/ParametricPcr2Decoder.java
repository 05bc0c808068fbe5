package org.nordpark.bridge.decoder;

import java.util.Map;
import java.util.Set;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;

/**
 * Parametric PCR2 radar people counter. Application payloads on fPort 14 come in four
 * variants told apart by their first bytes: Elsys-compatible ({@code 0A}), Cayenne LPP
 * ({@code 00 66}), extended V3 ({@code BE 01 03}) and V4 ({@code BE 01 04}).
 * Configuration frames (fPort 190) carry no measurements.
 */
final class ParametricPcr2Decoder implements ModelDecoder {

	private static final Set<Integer> CONFIG_LENGTHS = Set.of(14, 20, 31, 34, 35);

	@Override
	public Observations decode(CatalogEntry sensor, int fPort, Frame frame) {
		if (fPort == 190) {
			if (!CONFIG_LENGTHS.contains(frame.length())) {
				throw new DecodingException("PCR2 configuration frame must be 14, 20, 31, 34 or 35 bytes, got "
						+ frame.length() + " (" + frame.hex() + ")");
			}
			return new Observations();
		}
		if (fPort != 14) {
			throw new DecodingException("PCR2 sends no frames on fPort " + fPort);
		}
		Map<String, String> ltr = Map.of(Dims.DIRECTION, SensorSettings.ltr(sensor));
		Map<String, String> rtl = Map.of(Dims.DIRECTION, SensorSettings.rtl(sensor));
		Observations values = new Observations();
		if (frame.startsWith(0xBE, 0x01, 0x03)) {
			frame.requireLength(16, "PCR2 extended V3 payload");
			extended(frame, values, ltr, rtl);
			values.put(InfluxSchema.BATTERY_PCT, frame.u8(11));
			values.put(InfluxSchema.SOLAR_POWER_MW, frame.u16be(12));
			values.put(InfluxSchema.DEVICE_TEMPERATURE_C, frame.s16be(14) / 10.0);
		}
		else if (frame.startsWith(0xBE, 0x01, 0x04)) {
			frame.requireLength(17, "PCR2 extended V4 payload");
			extended(frame, values, ltr, rtl);
			values.put(InfluxSchema.BATTERY_V, frame.u16be(11) / 1000.0);
			values.put(InfluxSchema.SOLAR_POWER_MW, frame.u16be(13));
			values.put(InfluxSchema.DEVICE_TEMPERATURE_C, frame.s16be(15) / 10.0);
		}
		else if (frame.startsWith(0x0A)) {
			elsysStyle(frame, values, ltr, rtl);
		}
		else if (frame.startsWith(0x00, 0x66)) {
			cayenne(frame, values, ltr, rtl);
		}
		else {
			throw new DecodingException("PCR2 payload format not recognised (" + frame.hex() + ")");
		}
		return values;
	}

	private void extended(Frame frame, Observations values, Map<String, String> ltr, Map<String, String> rtl) {
		values.put(ltr, InfluxSchema.COUNT, frame.u16be(3));
		values.put(rtl, InfluxSchema.COUNT, frame.u16be(5));
		values.put(ltr, InfluxSchema.TOTAL, frame.u16be(7));
		values.put(rtl, InfluxSchema.TOTAL, frame.u16be(9));
	}

	/**
	 * Tag/value pairs; the two counters are read by position (first LTR, then RTL),
	 * because firmware versions tag RTL either 0x16 or 0x0A.
	 */
	private void elsysStyle(Frame frame, Observations values, Map<String, String> ltr, Map<String, String> rtl) {
		frame.requireLength(9, "PCR2 Elsys-style payload");
		int rtlTag = frame.u8(3);
		if ((rtlTag != 0x16 && rtlTag != 0x0A) || frame.u8(6) != 0x01) {
			throw new DecodingException(
					"PCR2 Elsys-style payload must be 0A LTR, 16 RTL, 01 temperature (" + frame.hex() + ")");
		}
		values.put(ltr, InfluxSchema.COUNT, frame.u16be(1));
		values.put(rtl, InfluxSchema.COUNT, frame.u16be(4));
		values.put(InfluxSchema.DEVICE_TEMPERATURE_C, frame.s16be(7) / 10.0);
	}

	/**
	 * Cayenne LPP: channel 0 presence = LTR, channel 1 presence = RTL, a temperature
	 * channel = device temperature.
	 */
	private void cayenne(Frame frame, Observations values, Map<String, String> ltr, Map<String, String> rtl) {
		int offset = 0;
		while (offset < frame.length()) {
			int channel = frame.u8(offset);
			int type = frame.u8(offset + 1);
			if (type == 0x66) {
				int count = frame.u8(offset + 2);
				if (channel == 0) {
					values.put(ltr, InfluxSchema.COUNT, count);
				}
				else if (channel == 1) {
					values.put(rtl, InfluxSchema.COUNT, count);
				}
				offset += 3;
			}
			else if (type == 0x67) {
				values.put(InfluxSchema.DEVICE_TEMPERATURE_C, frame.s16be(offset + 2) / 10.0);
				offset += 4;
			}
			else {
				throw new DecodingException("PCR2 Cayenne LPP payload has unsupported type 0x"
						+ Integer.toHexString(type) + " at offset " + offset + " (" + frame.hex() + ")");
			}
		}
	}

}
