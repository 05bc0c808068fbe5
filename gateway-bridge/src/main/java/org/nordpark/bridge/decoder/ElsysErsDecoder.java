package org.nordpark.bridge.decoder;

import java.util.Map;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.SensorKind;

/**
 * Elsys ERS family (ERS, ERS Lite, ERS CO2, ERS Sound, ERS VOC, ...): a sequence of
 * {@code [type][value]} with big-endian values whose length the type implies. An unknown
 * type ends decoding (the rest cannot be skipped safely) and what was read so far is
 * kept; a value cut short is an error. fPort 6 carries settings, not measurements.
 *
 * <p>
 * The ERS Sound's average/peak level becomes the {@code noise} fields {@code leq_db} /
 * {@code max_db} with weighting {@code A} (the ERS Sound reports dB(A)), kept next to its
 * climate values whatever the sensor's kind. External distance (0x0E) becomes
 * {@code distance_mm} (a {@code bin} value); the ERS Eye's occupancy (0x11) becomes the
 * environment field {@code occupancy} (0 free, 1 pending, 2 occupied) and, for a sensor
 * of kind {@code parking}, also the bay state {@code occupied} (free or occupied only).
 */
final class ElsysErsDecoder implements ModelDecoder {

	private static final int SETTINGS_PORT = 6;

	private static final Map<String, String> A_WEIGHTED = Map.of(Dims.WEIGHTING, "A");

	@Override
	public Observations decode(CatalogEntry sensor, int fPort, Frame frame) {
		boolean bay = sensor.kind() == SensorKind.PARKING;
		Observations values = new Observations();
		if (fPort == SETTINGS_PORT) {
			return values;
		}
		int offset = 0;
		while (offset < frame.length()) {
			int type = frame.u8(offset);
			int length = valueLength(type, frame, offset);
			if (length < 0) {
				break;
			}
			frame.require(offset + 1, length);
			read(type, frame, offset + 1, values, bay);
			offset += 1 + length;
		}
		return values;
	}

	private void read(int type, Frame frame, int at, Observations values, boolean bay) {
		switch (type) {
			case 0x01 -> values.put(InfluxSchema.TEMPERATURE_C, frame.s16be(at) / 10.0);
			case 0x02 -> values.put(InfluxSchema.RELATIVE_HUMIDITY_PCT, frame.u8(at));
			case 0x04 -> values.put(InfluxSchema.LIGHT_LUX, frame.u16be(at));
			case 0x05 -> values.put(InfluxSchema.MOTION_COUNT, frame.u8(at));
			case 0x06 -> values.put(InfluxSchema.CO2_PPM, frame.u16be(at));
			case 0x07 -> values.put(InfluxSchema.BATTERY_V, frame.u16be(at) / 1000.0);
			case 0x0E -> values.put(InfluxSchema.DISTANCE_MM, frame.u16be(at));
			case 0x11 -> {
				int occupancy = frame.u8(at);
				values.put(InfluxSchema.OCCUPANCY, occupancy);
				if (bay && (occupancy == 0 || occupancy == 2)) {
					values.put(InfluxSchema.OCCUPIED, occupancy / 2);
				}
			}
			case 0x14 -> values.put(InfluxSchema.PRESSURE_HPA, frame.u32be(at) / 1000.0);
			case 0x15 -> {
				values.put(A_WEIGHTED, InfluxSchema.MAX_DB, frame.u8(at));
				values.put(A_WEIGHTED, InfluxSchema.LEQ_DB, frame.u8(at + 1));
			}
			case 0x1C -> values.put(InfluxSchema.TVOC_PPB, frame.u16be(at));
			default -> {
				// known type without a platform field (acceleration, pulses, GPS, ...)
			}
		}
	}

	/** The value length of a type, or -1 when the type is unknown or starts settings. */
	private int valueLength(int type, Frame frame, int offset) {
		return switch (type) {
			case 0x02, 0x05, 0x0D, 0x0F, 0x11, 0x12, 0x1A -> 1;
			case 0x01, 0x04, 0x06, 0x07, 0x08, 0x0A, 0x0C, 0x0E, 0x15, 0x16, 0x18, 0x19, 0x1C -> 2;
			case 0x03 -> 3;
			case 0x0B, 0x10, 0x14, 0x17, 0x1B, 0x3C, 0x3D -> 4;
			case 0x09 -> 6;
			case 0x13 -> 65;
			case 0x3B -> 1 + frame.u8(offset + 1);
			default -> -1;
		};
	}

}
