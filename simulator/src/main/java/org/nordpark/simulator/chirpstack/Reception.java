package org.nordpark.simulator.chirpstack;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How one gateway received one uplink: an {@code rxInfo} element.
 *
 * @param gateway the gateway
 * @param uplinkId gateway-side uplink id (uint32)
 * @param rssi received signal strength, dBm
 * @param snr signal-to-noise ratio, dB
 * @param channel gateway channel index
 * @param rfChain gateway RF chain
 * @param context opaque gateway context
 * @param nsTime when ChirpStack received the frame from the gateway
 * @param gwTime the gateway's GPS time of reception, only for GNSS gateways
 */
public record Reception(GatewaySite gateway, long uplinkId, int rssi, float snr, int channel, int rfChain,
		byte[] context, Instant nsTime, @Nullable Instant gwTime) {

}
