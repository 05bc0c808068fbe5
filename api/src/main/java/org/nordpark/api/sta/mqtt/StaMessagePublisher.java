package org.nordpark.api.sta.mqtt;

/**
 * Publishes one SensorThings message. Kept this small so that the transport (the shared
 * {@code mqtt-support} publisher) can be swapped without touching the mapping.
 */
public interface StaMessagePublisher {

	/**
	 * Publishes without waiting; a message that cannot be sent is dropped and counted.
	 * @param topic e.g. {@code v1.1/Datastreams(5)/Observations}
	 * @param payload the Observation as STA JSON
	 */
	void publish(String topic, byte[] payload);

}
