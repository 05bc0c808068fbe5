package org.nordpark.simulator.chirpstack;

/**
 * A LoRaWAN gateway of the simulated network.
 *
 * @param id gateway EUI, 16 lower-case hex characters
 * @param name human name
 * @param lat latitude
 * @param lon longitude
 * @param altitude antenna altitude above sea level, metres
 * @param gnss whether the gateway has a GNSS receiver (then uplinks carry its GPS time)
 */
public record GatewaySite(String id, String name, double lat, double lon, double altitude, boolean gnss) {

	public GatewaySite {
		if (id == null || !id.matches("[0-9a-f]{16}")) {
			throw new IllegalArgumentException("gateway id '" + id + "' must be 16 lower-case hex characters");
		}
	}

}
