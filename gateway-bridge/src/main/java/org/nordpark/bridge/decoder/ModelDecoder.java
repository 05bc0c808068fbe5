package org.nordpark.bridge.decoder;

import org.nordpark.model.CatalogEntry;

/** Decodes the payload bytes of one sensor model. Implementations are stateless. */
interface ModelDecoder {

	/**
	 * Decodes one uplink's application payload.
	 * @param sensor the sensor's catalog entry (kind and settings)
	 * @param fPort the LoRaWAN port, which often names the frame type
	 * @param frame the payload, never empty
	 * @return the decoded values; empty for frames without measurements
	 * @throws DecodingException when the frame is malformed
	 */
	Observations decode(CatalogEntry sensor, int fPort, Frame frame);

}
