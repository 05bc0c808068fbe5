package org.nordpark.simulator.encode;

/** Range checks shared by the encoders: a value that does not fit is a bug, not noise. */
final class Fields {

	private Fields() {
	}

	static int u8(long value, String what) {
		return (int) check(value, 0, 0xFF, what);
	}

	static int s8(long value, String what) {
		return (int) check(value, Byte.MIN_VALUE, Byte.MAX_VALUE, what);
	}

	static int u16(long value, String what) {
		return (int) check(value, 0, 0xFFFF, what);
	}

	static int s16(long value, String what) {
		return (int) check(value, Short.MIN_VALUE, Short.MAX_VALUE, what);
	}

	static long u32(long value, String what) {
		return check(value, 0, 0xFFFF_FFFFL, what);
	}

	/** Rounds a physical value to raw units, e.g. {@code scaled(23.6, 10)} is 236. */
	static long scaled(double value, double factor) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("value " + value + " is not a finite number");
		}
		return Math.round(value * factor);
	}

	private static long check(long value, long min, long max, String what) {
		if (value < min || value > max) {
			throw new IllegalArgumentException(what + " " + value + " does not fit [" + min + ", " + max + "]");
		}
		return value;
	}

}
