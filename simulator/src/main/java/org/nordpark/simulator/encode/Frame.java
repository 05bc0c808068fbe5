package org.nordpark.simulator.encode;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One application payload as a device sends it.
 *
 * @param fPort the LoRaWAN port, which tells the frame type for most models
 * @param data the FRMPayload bytes
 */
public record Frame(int fPort, byte[] data) {

	public Frame {
		if (fPort < 1 || fPort > 223) {
			throw new IllegalArgumentException("fPort " + fPort + " is not an application port (1-223)");
		}
		data = data.clone();
	}

	@Override
	public byte[] data() {
		return this.data.clone();
	}

	/** The payload as lower-case hex. */
	public String hex() {
		return HexFormat.of().formatHex(this.data);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Frame frame && frame.fPort == this.fPort && Arrays.equals(frame.data, this.data);
	}

	@Override
	public int hashCode() {
		return 31 * this.fPort + Arrays.hashCode(this.data);
	}

	@Override
	public String toString() {
		return "Frame[fPort=" + this.fPort + ", data=" + hex() + "]";
	}

}
