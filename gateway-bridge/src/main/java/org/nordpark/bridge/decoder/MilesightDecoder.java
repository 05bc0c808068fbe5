package org.nordpark.bridge.decoder;

import java.util.Map;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.SensorModel;

/**
 * Milesight WS302, EM500-CO2 and EM400-MUD: repeated {@code [channel][type][data]} with
 * little-endian values. An unknown channel/type pair ends decoding and what was read so
 * far is kept; a value cut short is an error. Device attributes (channel 0xFF) and
 * EM500-CO2 history records (which carry their own timestamps) are skipped.
 */
final class MilesightDecoder implements ModelDecoder {

	private static final String[] FREQUENCY_WEIGHTINGS = { "Z", "A", "C" };

	private final SensorModel model;

	MilesightDecoder(SensorModel model) {
		this.model = model;
	}

	@Override
	public Observations decode(CatalogEntry sensor, int fPort, Frame frame) {
		Observations values = new Observations();
		int offset = 0;
		while (offset < frame.length()) {
			if (offset + 1 == frame.length()) {
				throw new DecodingException("Milesight frame ends inside a channel header (" + frame.hex() + ")");
			}
			int channel = frame.u8(offset);
			int type = frame.u8(offset + 1);
			int length = valueLength(channel, type);
			if (length < 0) {
				break;
			}
			frame.require(offset + 2, length);
			read(channel, type, frame, offset + 2, values);
			offset += 2 + length;
		}
		return values;
	}

	private void read(int channel, int type, Frame frame, int at, Observations values) {
		switch (key(channel, type)) {
			case 0x0175 -> values.put(InfluxSchema.BATTERY_PCT, frame.u8(at));
			case 0x0367 -> values.put((this.model == SensorModel.MILESIGHT_EM400_MUD)
					? InfluxSchema.DEVICE_TEMPERATURE_C : InfluxSchema.TEMPERATURE_C, frame.s16le(at) / 10.0);
			case 0x0468 -> values.put(InfluxSchema.RELATIVE_HUMIDITY_PCT, frame.u8(at) / 2.0);
			case 0x057D -> values.put(InfluxSchema.CO2_PPM, frame.u16le(at));
			case 0x0673 -> values.put(InfluxSchema.PRESSURE_HPA, frame.u16le(at) / 10.0);
			case 0x83D7 -> values.put(InfluxSchema.TEMPERATURE_C, frame.s16le(at) / 10.0);
			case 0x0482, 0x8482 -> values.put(InfluxSchema.DISTANCE_MM, frame.u16le(at));
			case 0x0500 -> values.put(InfluxSchema.TILTED, frame.u8(at) == 0 ? 0 : 1);
			case 0x8367 -> values.put(InfluxSchema.DEVICE_TEMPERATURE_C, frame.s16le(at) / 10.0);
			case 0x055B -> sound(frame, at, values);
			default -> {
				// device attributes and history records
			}
		}
	}

	private void sound(Frame frame, int at, Observations values) {
		int weighting = frame.u8(at) & 0x03;
		if (weighting >= FREQUENCY_WEIGHTINGS.length) {
			throw new DecodingException("WS302 frequency weighting 3 is undefined (" + frame.hex() + ")");
		}
		Map<String, String> dims = Map.of(Dims.WEIGHTING, FREQUENCY_WEIGHTINGS[weighting]);
		values.put(dims, InfluxSchema.L_DB, frame.u16le(at + 1) / 10.0);
		values.put(dims, InfluxSchema.LEQ_DB, frame.u16le(at + 3) / 10.0);
		values.put(dims, InfluxSchema.MAX_DB, frame.u16le(at + 5) / 10.0);
	}

	private static int key(int channel, int type) {
		return (channel << 8) | type;
	}

	/** The data length of a channel/type pair, or -1 when the pair is unknown. */
	private static int valueLength(int channel, int type) {
		if (channel == 0xFF) {
			return switch (type) {
				case 0x01, 0x0F, 0xFE, 0x0B -> 1;
				case 0x09, 0x0A, 0xFF -> 2;
				case 0x16 -> 8;
				default -> -1;
			};
		}
		return switch (key(channel, type)) {
			case 0x0175, 0x0468, 0x0500 -> 1;
			case 0x0367, 0x057D, 0x0673, 0x0482 -> 2;
			case 0x8367, 0x8482 -> 3;
			case 0x83D7 -> 5;
			case 0x055B -> 7;
			case 0x20CE -> 11;
			default -> -1;
		};
	}

}
