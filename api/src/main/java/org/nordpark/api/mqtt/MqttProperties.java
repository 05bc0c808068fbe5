package org.nordpark.api.mqtt;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * MQTT connection ({@code nordpark.mqtt}). The api subscribes with a clean start and a
 * unique client id, so every api instance receives every reading and catalog entry.
 *
 * @param brokerUri broker, {@code tcp://host:1883} or {@code ssl://host:8883}
 * @param clientIdPrefix prefix of the client id; a random suffix makes it unique
 * @param username user name, empty for anonymous access
 * @param password password, from {@code NORDPARK_MQTT_PASSWORD}; never logged
 * @param sslBundle name of a {@code spring.ssl.bundle} to trust for {@code ssl://}
 * brokers (e.g. a PEM bundle with the broker's CA); empty uses the JVM's trust store
 * @param qos subscription QoS
 * @param connectTimeout time to connect before retrying
 * @param keepAlive MQTT keep-alive interval
 * @param retryDelay pause between connection attempts while the broker is unreachable
 */
@ConfigurationProperties("nordpark.mqtt")
public record MqttProperties(@DefaultValue("tcp://127.0.0.1:1883") URI brokerUri,
		@DefaultValue("nordpark-api") String clientIdPrefix, @Nullable String username, @Nullable String password,
		@Nullable String sslBundle, @DefaultValue("1") int qos, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("30s") Duration keepAlive, @DefaultValue("5s") Duration retryDelay) {

	/** Whether an SSL bundle is named. */
	public boolean hasSslBundle() {
		return this.sslBundle != null && !this.sslBundle.isBlank();
	}

	@Override
	public String toString() {
		return "MqttProperties[brokerUri=" + this.brokerUri + ", clientIdPrefix=" + this.clientIdPrefix + ", username="
				+ this.username + ", password="
				+ ((this.password == null || this.password.isEmpty()) ? "<none>" : "******") + ", sslBundle="
				+ this.sslBundle + ", qos=" + this.qos + "]";
	}

}
