package org.nordpark.bridge.decoder;

import java.util.HexFormat;

/**
 * Read access to a payload with bounds checks: reading past the end raises a
 * {@link DecodingException} naming the offset, so short frames never decode to garbage.
 */
final class Frame {

	private final byte[] data;

	Frame(byte[] data) {
		this.data = data;
	}

	int length() {
		return this.data.length;
	}

	int u8(int offset) {
		require(offset, 1);
		return this.data[offset] & 0xFF;
	}

	int s8(int offset) {
		require(offset, 1);
		return this.data[offset];
	}

	int u16be(int offset) {
		require(offset, 2);
		return ((this.data[offset] & 0xFF) << 8) | (this.data[offset + 1] & 0xFF);
	}

	int s16be(int offset) {
		return (short) u16be(offset);
	}

	int u16le(int offset) {
		require(offset, 2);
		return ((this.data[offset + 1] & 0xFF) << 8) | (this.data[offset] & 0xFF);
	}

	int s16le(int offset) {
		return (short) u16le(offset);
	}

	long u32be(int offset) {
		require(offset, 4);
		return ((long) u16be(offset) << 16) | u16be(offset + 2);
	}

	/** Whether the frame starts with the given bytes. */
	boolean startsWith(int... prefix) {
		if (this.data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((this.data[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Fails unless the frame has exactly the given length. */
	void requireLength(int expected, String what) {
		if (this.data.length != expected) {
			throw new DecodingException(
					what + " must be " + expected + " bytes, got " + this.data.length + " (" + hex() + ")");
		}
	}

	void require(int offset, int count) {
		if (offset + count > this.data.length) {
			throw new DecodingException("frame too short: need " + (offset + count) + " bytes, got " + this.data.length
					+ " (" + hex() + ")");
		}
	}

	String hex() {
		String hex = HexFormat.of().formatHex(this.data);
		return (hex.length() > 64) ? hex.substring(0, 64) + "..." : hex;
	}

}
