package org.nordpark.bridge.mqtt;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.Topics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * MQTT client settings ({@code nordpark.mqtt}).
 *
 * @param brokerUri broker, {@code tcp://host:1883} or {@code ssl://host:8883}
 * @param clientId client id; must be stable across restarts (the persistent session is
 * bound to it) and unique per instance
 * @param topicFilter ChirpStack event topics to subscribe to
 * @param sharedGroup MQTT v5 shared-subscription group; empty = plain subscription
 * @param sessionExpiry how long the broker keeps the session (and queues events) while
 * the bridge is away
 * @param maxInFlight unacknowledged events the broker may send at once (MQTT v5 receive
 * maximum)
 * @param maxHeld events held in memory at most: the broker should send no more than
 * {@code maxInFlight}, but mosquitto 2.0.11 sends far more once acknowledgements flow;
 * beyond this the bridge leaves events unacknowledged and reconnects (see MqttBridge)
 * @param maxOutgoing publishes awaiting the broker's acknowledgement at once; the
 * broker's receive maximum caps it (mosquitto's {@code max_inflight_messages}, 20 unless
 * set: the shipped configs set 1000)
 * @param username user name, none when empty
 * @param password password, from {@code NORDPARK_MQTT_PASSWORD}
 * @param sslBundle Spring Boot SSL bundle ({@code spring.ssl.bundle.*}) for TLS
 * @param keepAlive keep-alive interval
 * @param connectTimeout timeout of one connection attempt
 * @param reconnectDelay longest pause between connection attempts
 * @param shutdownTimeout how long a graceful stop waits for in-flight events
 */
@ConfigurationProperties("nordpark.mqtt")
public record MqttProperties(@DefaultValue("tcp://127.0.0.1:1883") URI brokerUri,
		@DefaultValue("nordpark-bridge") String clientId, @DefaultValue(Topics.CHIRPSTACK_EVENTS) String topicFilter,
		@Nullable String sharedGroup, @DefaultValue("1h") Duration sessionExpiry, @DefaultValue("1000") int maxInFlight,
		@DefaultValue("20000") int maxHeld, @DefaultValue("500") int maxOutgoing, @Nullable String username,
		@Nullable String password, @Nullable String sslBundle, @DefaultValue("30s") Duration keepAlive,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration reconnectDelay,
		@DefaultValue("30s") Duration shutdownTimeout) {

	/** The subscription, with the shared group if one is set. */
	public String subscription() {
		return Topics.shared(this.sharedGroup, this.topicFilter);
	}

	@Override
	public String toString() {
		return "MqttProperties[brokerUri=" + this.brokerUri + ", clientId=" + this.clientId + ", subscription="
				+ subscription() + ", username=" + this.username + ", password="
				+ ((this.password == null || this.password.isEmpty()) ? "(none)" : "******") + "]";
	}

}
