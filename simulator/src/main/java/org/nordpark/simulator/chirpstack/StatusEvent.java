package org.nordpark.simulator.chirpstack;

import java.time.Instant;
import java.util.UUID;

/**
 * A {@code status} event: the device's answer to a DevStatusReq, sent with an uplink.
 *
 * @param deduplicationId the id of the uplink that carried the answer
 * @param time event time
 * @param device the device
 * @param margin demodulation SNR margin, dB
 * @param batteryRaw battery as the MAC command carries it: 0 external power, 1-254 level,
 * 255 unknown
 */
public record StatusEvent(UUID deduplicationId, Instant time, DeviceIdentity device, int margin, int batteryRaw) {

	/** Battery percentage as ChirpStack computes it ({@code raw / 254 * 100}). */
	public float batteryLevel() {
		return (this.batteryRaw >= 1 && this.batteryRaw <= 254) ? (float) (this.batteryRaw / 254.0 * 100.0) : 0.0f;
	}

}
