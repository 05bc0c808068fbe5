package org.nordpark.simulator.chirpstack;

/**
 * Where the simulated devices live in ChirpStack.
 *
 * @param tenantId tenant UUID
 * @param tenantName tenant name
 * @param applicationId application UUID (part of the event topic)
 * @param applicationName application name
 * @param regionConfigId region configuration id, e.g. {@code eu868}
 */
public record ChirpStackTenant(String tenantId, String tenantName, String applicationId, String applicationName,
		String regionConfigId) {

	/** The event topic of one device, ChirpStack's default template. */
	public String eventTopic(String devEui, String event) {
		return "application/" + this.applicationId + "/device/" + devEui + "/event/" + event;
	}

}
