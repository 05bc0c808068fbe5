package org.nordpark.bridge.uplink;

import org.nordpark.bridge.chirpstack.ChirpStackEvent.Uplink;
import org.nordpark.model.LinkQuality;

/**
 * Link facts of an uplink: best RSSI and SNR over the receiving gateways, their number,
 * the LoRa spreading factor and the frame counter. Unknown parts are left out.
 */
final class LinkQualities {

	private LinkQualities() {
	}

	static LinkQuality of(Uplink event) {
		Integer rssi = null;
		Double snr = null;
		for (Uplink.Reception rx : event.receptions()) {
			rssi = (rssi == null) ? rx.rssi() : Math.max(rssi, rx.rssi());
			// float to its shortest decimal, so 7.3 stays 7.3 and not 7.300000190734863
			double value = Double.parseDouble(Float.toString(rx.snr()));
			snr = (snr == null) ? value : Math.max(snr, value);
		}
		Integer gateways = event.receptions().isEmpty() ? null : event.receptions().size();
		Integer sf = (event.spreadingFactor() > 0) ? event.spreadingFactor() : null;
		return new LinkQuality(rssi, snr, gateways, sf, event.frameCounter());
	}

}
