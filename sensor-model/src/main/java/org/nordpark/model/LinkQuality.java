package org.nordpark.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Radio link facts of one uplink; every component is optional and left out when unknown.
 *
 * @param rssi best RSSI over the receiving gateways, dBm
 * @param snr best SNR over the receiving gateways, dB
 * @param gateways number of gateways that received the uplink
 * @param sf LoRa spreading factor
 * @param fCnt the device's uplink frame counter
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LinkQuality(@Nullable Integer rssi, @Nullable Double snr, @Nullable Integer gateways,
		@Nullable Integer sf, @JsonProperty("fCnt") @Nullable Long fCnt) {

	/** A link with nothing known. */
	public static final LinkQuality UNKNOWN = new LinkQuality(null, null, null, null, null);

	public LinkQuality {
		if (snr != null && !Double.isFinite(snr)) {
			throw new IllegalArgumentException("link snr must be a finite number");
		}
		if (fCnt != null && (fCnt < 0 || fCnt > 0xFFFF_FFFFL)) {
			throw new IllegalArgumentException("link fCnt must be an unsigned 32-bit number");
		}
	}

}
