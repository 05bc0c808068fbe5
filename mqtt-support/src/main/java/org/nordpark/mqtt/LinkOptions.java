package org.nordpark.mqtt;

import java.util.List;

/**
 * How an {@link MqttLink} connects.
 *
 * @param clientId the client id of every connection
 * @param cleanStart start a new session on every connection (a persistent one when false,
 * kept for {@code session-expiry})
 * @param manualAcks whether received messages are acknowledged by the listener
 * ({@link MqttSession#acknowledge}) or by Paho when {@code message} returns
 * @param subscriptions filters to subscribe to on every connection
 * @param qos the subscriptions' QoS
 */
public record LinkOptions(String clientId, boolean cleanStart, boolean manualAcks, List<String> subscriptions,
		int qos) {

	/** A link that only publishes. */
	public static LinkOptions publishing(String clientId) {
		return new LinkOptions(clientId, true, false, List.of(), 1);
	}

}
