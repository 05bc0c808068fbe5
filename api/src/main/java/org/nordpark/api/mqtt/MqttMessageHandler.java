package org.nordpark.api.mqtt;

/**
 * Receives the messages of one topic filter. Called on the MQTT client's thread: do
 * little and never block.
 */
public interface MqttMessageHandler {

	/** The topic filter, e.g. {@code nordpark/v1/sensors/+}. */
	String filter();

	/**
	 * Handles one message.
	 * @param topic the topic
	 * @param payload the payload; empty for a cleared retained message
	 * @param retained whether the broker delivered it as retained
	 */
	void handle(String topic, byte[] payload, boolean retained);

}
