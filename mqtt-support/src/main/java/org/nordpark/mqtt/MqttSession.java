package org.nordpark.mqtt;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One network connection of an {@link MqttLink}: its own Paho client, used for this
 * connection only. A message is acknowledged on the session it came on or not at all: a
 * packet id of an earlier connection means nothing on the next one, and the broker
 * delivers what was not acknowledged again.
 */
public final class MqttSession {

	private static final Logger log = LoggerFactory.getLogger(MqttSession.class);

	private final MqttLink link;

	private final MqttAsyncClient client;

	private final long number;

	MqttSession(MqttLink link, MqttAsyncClient client, long number) {
		this.link = link;
		this.client = client;
		this.number = number;
	}

	/** The connection's number within its link, from 1. */
	public long number() {
		return this.number;
	}

	/** Whether this is its link's connection and it is up. */
	public boolean isCurrent() {
		return this.link.session() == this && this.client.isConnected();
	}

	/**
	 * Acknowledges a received QoS 1 or 2 message on this connection.
	 * @return whether the acknowledgement was handed to Paho; not when this connection is
	 * gone (the broker then delivers the message again)
	 */
	public boolean acknowledge(int id, int qos) {
		if (qos == 0) {
			return true;
		}
		if (!isCurrent()) {
			return false;
		}
		try {
			this.client.messageArrivedComplete(id, qos);
			return true;
		}
		catch (MqttException | RuntimeException ex) {
			log.debug("acknowledgement not sent; the broker delivers the message again [id: {}, reason: {}]", id,
					ex.getMessage());
			return false;
		}
	}

	/** Hands a publish to Paho on this connection. */
	IMqttToken publish(String topic, MqttMessage message, MqttActionListener listener) throws MqttException {
		return this.client.publish(topic, message, null, listener);
	}

	MqttAsyncClient client() {
		return this.client;
	}

	@Override
	public String toString() {
		return this.client.getClientId() + "#" + this.number;
	}

}
