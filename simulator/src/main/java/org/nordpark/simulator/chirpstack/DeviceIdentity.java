package org.nordpark.simulator.chirpstack;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code deviceInfo} of a device's events.
 *
 * @param devEui 16 lower-case hex characters
 * @param name device name
 * @param deviceProfileId device profile UUID
 * @param deviceProfileName device profile name, which selects the model
 * @param devAddr session device address, 8 lower-case hex characters
 * @param tags merged application, profile and device tags
 */
public record DeviceIdentity(String devEui, String name, String deviceProfileId, String deviceProfileName,
		String devAddr, Map<String, String> tags) {

	public DeviceIdentity {
		tags = new TreeMap<>(tags);
	}

}
