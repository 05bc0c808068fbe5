package org.nordpark.bridge.uplink;

import io.chirpstack.api.gw.UplinkRxInfo;
import io.chirpstack.api.integration.UplinkEvent;
import org.nordpark.model.LinkQuality;

/**
 * Link facts of an uplink: best RSSI and SNR over the receiving gateways, their number,
 * the LoRa spreading factor and the frame counter. Unknown parts are left out.
 */
final class LinkQualities {

	private LinkQualities() {
	}

	static LinkQuality of(UplinkEvent event) {
		Integer rssi = null;
		Double snr = null;
		for (UplinkRxInfo rx : event.getRxInfoList()) {
			rssi = (rssi == null) ? rx.getRssi() : Math.max(rssi, rx.getRssi());
			// float to its shortest decimal, so 7.3 stays 7.3 and not 7.300000190734863
			double value = Double.parseDouble(Float.toString(rx.getSnr()));
			snr = (snr == null) ? value : Math.max(snr, value);
		}
		Integer gateways = (event.getRxInfoCount() > 0) ? event.getRxInfoCount() : null;
		Integer sf = null;
		if (event.hasTxInfo() && event.getTxInfo().getModulation().hasLora()) {
			int spreadingFactor = event.getTxInfo().getModulation().getLora().getSpreadingFactor();
			sf = (spreadingFactor > 0) ? spreadingFactor : null;
		}
		return new LinkQuality(rssi, snr, gateways, sf, Integer.toUnsignedLong(event.getFCnt()));
	}

}
