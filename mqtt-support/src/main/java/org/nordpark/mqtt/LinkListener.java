package org.nordpark.mqtt;

import org.eclipse.paho.mqttv5.common.MqttMessage;

/** What an {@link MqttLink} reports. */
public interface LinkListener {

	/** A connection is up (before its subscriptions are confirmed). */
	default void connected(MqttSession session) {
	}

	/** A message arrived on a connection; on that connection's callback thread. */
	default void message(MqttSession session, String topic, MqttMessage message) {
	}

	/** A connection was lost; the link connects again by itself. */
	default void lost(MqttSession session, String reason) {
	}

}
