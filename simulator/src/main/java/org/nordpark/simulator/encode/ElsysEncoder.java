package org.nordpark.simulator.encode;

import java.io.ByteArrayOutputStream;

/**
 * Elsys ERS family measurement frames on fPort 5 (devices.md §4): a sequence of type
 * bytes, each followed by its big-endian value. Build one frame with the fluent methods
 * in the order the device sends them.
 */
public final class ElsysEncoder {

	/** The Elsys measurement port. */
	public static final int PORT = 5;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	/** A new, empty frame. */
	public static ElsysEncoder frame() {
		return new ElsysEncoder();
	}

	/** Type 0x01: temperature, °C with 0.1 °C resolution. */
	public ElsysEncoder temperature(double celsius) {
		return type(0x01).s16(Fields.scaled(celsius, 10), "temperature");
	}

	/** Type 0x02: relative humidity, whole percent. */
	public ElsysEncoder humidity(int percent) {
		return type(0x02).u8(percent, "humidity");
	}

	/** Type 0x04: light, lux. */
	public ElsysEncoder light(int lux) {
		return type(0x04).u16(lux, "light");
	}

	/** Type 0x05: PIR motion detections since the last uplink. */
	public ElsysEncoder motion(int count) {
		return type(0x05).u8(count, "motion count");
	}

	/** Type 0x06: CO2, ppm. */
	public ElsysEncoder co2(int ppm) {
		return type(0x06).u16(ppm, "CO2");
	}

	/** Type 0x07: supply voltage, millivolts. */
	public ElsysEncoder vdd(int millivolts) {
		return type(0x07).u16(millivolts, "VDD");
	}

	/** Type 0x14: air pressure, hPa with 0.001 hPa resolution. */
	public ElsysEncoder pressure(double hpa) {
		long raw = Fields.u32(Fields.scaled(hpa, 1000), "pressure");
		type(0x14);
		this.out.write((int) (raw >>> 24));
		this.out.write((int) (raw >>> 16));
		this.out.write((int) (raw >>> 8));
		this.out.write((int) raw);
		return this;
	}

	/** Type 0x15: sound, peak then average, whole dB. */
	public ElsysEncoder sound(int peakDb, int averageDb) {
		return type(0x15).u8(peakDb, "sound peak").u8(averageDb, "sound average");
	}

	/** Type 0x1C: TVOC, ppb. */
	public ElsysEncoder tvoc(int ppb) {
		return type(0x1C).u16(ppb, "TVOC");
	}

	/** The frame built so far. */
	public Frame build() {
		if (this.out.size() == 0) {
			throw new IllegalStateException("an Elsys frame needs at least one value");
		}
		return new Frame(PORT, this.out.toByteArray());
	}

	private ElsysEncoder type(int type) {
		this.out.write(type);
		return this;
	}

	private ElsysEncoder u8(long value, String what) {
		this.out.write(Fields.u8(value, what));
		return this;
	}

	private ElsysEncoder u16(long value, String what) {
		int raw = Fields.u16(value, what);
		this.out.write(raw >>> 8);
		this.out.write(raw);
		return this;
	}

	private ElsysEncoder s16(long value, String what) {
		int raw = Fields.s16(value, what);
		this.out.write(raw >>> 8);
		this.out.write(raw);
		return this;
	}

}
