package org.nordpark.simulator.encode;

import java.io.ByteArrayOutputStream;

/**
 * Milesight channel/type frames on fPort 85 (devices.md §6) for the WS302, EM500-CO2 and
 * EM400-MUD; multi-byte values are little-endian.
 */
public final class MilesightEncoder {

	/** The Milesight uplink port. */
	public static final int PORT = 85;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	/** A new, empty frame. */
	public static MilesightEncoder frame() {
		return new MilesightEncoder();
	}

	/** Channel 0x01 type 0x75: battery, percent. */
	public MilesightEncoder battery(int percent) {
		return channel(0x01, 0x75).u8(percent, "battery");
	}

	/**
	 * WS302 channel 0x05 type 0x5B: sound level.
	 * @param frequencyWeighting 0 Z, 1 A, 2 C
	 * @param timeWeighting 0 impulse, 1 fast, 2 slow
	 * @param lDb instantaneous level, dB (0.1 dB resolution)
	 * @param leqDb equivalent continuous level, dB
	 * @param lmaxDb maximum level, dB
	 */
	public MilesightEncoder sound(int frequencyWeighting, int timeWeighting, double lDb, double leqDb, double lmaxDb) {
		if (frequencyWeighting < 0 || frequencyWeighting > 2 || timeWeighting < 0 || timeWeighting > 2) {
			throw new IllegalArgumentException("weightings must be 0, 1 or 2");
		}
		channel(0x05, 0x5B).u8(frequencyWeighting | (timeWeighting << 2), "weighting");
		return u16(Fields.scaled(lDb, 10), "L").u16(Fields.scaled(leqDb, 10), "Leq")
			.u16(Fields.scaled(lmaxDb, 10), "Lmax");
	}

	/** Channel 0x03 type 0x67: temperature, °C with 0.1 °C resolution. */
	public MilesightEncoder temperature(double celsius) {
		long raw = Fields.s16(Fields.scaled(celsius, 10), "temperature");
		return channel(0x03, 0x67).u16(raw & 0xFFFF, "temperature");
	}

	/**
	 * EM500-CO2 channel 0x04 type 0x68: relative humidity, percent with 0.5 % resolution.
	 */
	public MilesightEncoder humidity(double percent) {
		return channel(0x04, 0x68).u8(Fields.scaled(percent, 2), "humidity");
	}

	/** EM500-CO2 channel 0x05 type 0x7D: CO2, ppm. */
	public MilesightEncoder co2(int ppm) {
		return channel(0x05, 0x7D).u16(ppm, "CO2");
	}

	/** EM500-CO2 channel 0x06 type 0x73: air pressure, hPa with 0.1 hPa resolution. */
	public MilesightEncoder pressure(double hpa) {
		return channel(0x06, 0x73).u16(Fields.scaled(hpa, 10), "pressure");
	}

	/** EM400-MUD channel 0x04 type 0x82: distance to the surface, millimetres. */
	public MilesightEncoder distance(int millimetres) {
		return channel(0x04, 0x82).u16(millimetres, "distance");
	}

	/** EM400-MUD channel 0x05 type 0x00: position, normal or tilted. */
	public MilesightEncoder position(boolean tilted) {
		return channel(0x05, 0x00).u8(tilted ? 1 : 0, "position");
	}

	/** The frame built so far. */
	public Frame build() {
		if (this.out.size() == 0) {
			throw new IllegalStateException("a Milesight frame needs at least one channel");
		}
		return new Frame(PORT, this.out.toByteArray());
	}

	private MilesightEncoder channel(int channel, int type) {
		this.out.write(channel);
		this.out.write(type);
		return this;
	}

	private MilesightEncoder u8(long value, String what) {
		this.out.write(Fields.u8(value, what));
		return this;
	}

	private MilesightEncoder u16(long value, String what) {
		int raw = Fields.u16(value, what);
		this.out.write(raw);
		this.out.write(raw >>> 8);
		return this;
	}

}
