package org.nordpark.simulator.chirpstack;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.nordpark.simulator.encode.Frame;

/**
 * An {@code up} event.
 *
 * @param deduplicationId ChirpStack's id of the de-duplicated uplink
 * @param time event time (GPS time of a GNSS gateway, else the network server's)
 * @param device the device
 * @param fCnt uplink frame counter
 * @param frame port and payload
 * @param spreadingFactor LoRa spreading factor (7-12)
 * @param frequency uplink frequency, Hz
 * @param receptions the receiving gateways, best first
 */
public record UplinkEvent(UUID deduplicationId, Instant time, DeviceIdentity device, long fCnt, Frame frame,
		int spreadingFactor, long frequency, List<Reception> receptions) {

	public UplinkEvent {
		receptions = List.copyOf(receptions);
	}

	/** EU868 data rate of the spreading factor at 125 kHz (DR0 = SF12 ... DR5 = SF7). */
	public int dataRate() {
		return 12 - this.spreadingFactor;
	}

}
