package org.nordpark.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The payload of {@link Topics#READING_BATCHES}: readings in JSON Lines, each line one
 * reading exactly as on its per-sensor topic (design §4), lines separated by {@code \n}.
 * A reading's JSON never holds a raw line break (JSON escapes control characters), so the
 * lines need no framing of their own.
 */
public final class ReadingBatch {

	private static final byte NEWLINE = '\n';

	private byte[] bytes;

	private int length;

	private int count;

	/** An empty batch with room for about {@code expectedBytes}. */
	public ReadingBatch(int expectedBytes) {
		this.bytes = new byte[Math.max(expectedBytes, 64)];
	}

	/**
	 * Appends one reading's JSON as a line.
	 * @throws IllegalArgumentException when it holds a line break
	 */
	public void add(byte[] readingJson) {
		for (byte b : readingJson) {
			if (b == NEWLINE) {
				throw new IllegalArgumentException("a reading in a batch must not hold a line break");
			}
		}
		int needed = this.length + readingJson.length + 1;
		if (needed > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(needed, this.bytes.length * 2));
		}
		if (this.count > 0) {
			this.bytes[this.length++] = NEWLINE;
		}
		System.arraycopy(readingJson, 0, this.bytes, this.length, readingJson.length);
		this.length += readingJson.length;
		this.count++;
	}

	/** Readings in the batch. */
	public int count() {
		return this.count;
	}

	/** Bytes of the payload so far. */
	public int size() {
		return this.length;
	}

	/** The payload. */
	public byte[] toByteArray() {
		return Arrays.copyOf(this.bytes, this.length);
	}

	/**
	 * The lines of a payload, each the bytes of one reading (not yet parsed); empty lines
	 * (a trailing newline, {@code \r\n} pairs reduced to their {@code \r}) are skipped.
	 */
	public static List<byte[]> lines(byte[] payload) {
		List<byte[]> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= payload.length; i++) {
			if (i == payload.length || payload[i] == NEWLINE) {
				int end = i;
				if (end > start && payload[end - 1] == '\r') {
					end--;
				}
				if (end > start) {
					lines.add(Arrays.copyOfRange(payload, start, end));
				}
				start = i + 1;
			}
		}
		return lines;
	}

}
