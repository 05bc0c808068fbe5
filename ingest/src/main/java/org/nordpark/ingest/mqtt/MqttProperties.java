package org.nordpark.ingest.mqtt;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How ingest connects to the MQTT broker.
 *
 * @param brokerUri broker URI, {@code tcp://} or {@code ssl://}
 * @param clientId client id; stable per instance, because the persistent session (and the
 * messages the broker holds for it) belongs to it
 * @param username user name, empty for anonymous access
 * @param password password, from {@code NORDPARK_MQTT_PASSWORD}; never logged
 * @param sslBundle name of a {@code spring.ssl.bundle} to trust for {@code ssl://}
 * brokers; empty uses the JVM's trust store
 * @param sessionExpiry how long the broker keeps the session and its queued messages
 * while ingest is away
 * @param keepAlive MQTT keep-alive interval
 * @param receiveMaximum unacknowledged messages the broker may send at once (MQTT v5
 * Receive Maximum); keep it at or below {@code nordpark.influx.max-in-flight}
 * @param sharedGroup MQTT v5 shared subscription group, so instances split the stream;
 * empty subscribes unshared
 * @param topicPrefix prefix before every topic (e.g. {@code site-a/}); empty by default
 * @param reconnectMaxDelay longest wait between reconnect attempts
 * @param shutdownTimeout how long a graceful stop waits for pending readings to be
 * written before disconnecting
 */
@ConfigurationProperties("nordpark.mqtt")
@Validated
public record MqttProperties(@DefaultValue("tcp://localhost:1883") URI brokerUri,
		@DefaultValue("nordpark-ingest") String clientId, @Nullable String username, @Nullable String password,
		@Nullable String sslBundle, @DefaultValue("1d") Duration sessionExpiry, @DefaultValue("30s") Duration keepAlive,
		@DefaultValue("10000") @Min(1) @Max(65535) int receiveMaximum, @Nullable String sharedGroup,
		@Nullable String topicPrefix, @DefaultValue("30s") Duration reconnectMaxDelay,
		@DefaultValue("30s") Duration shutdownTimeout) {

	/** The topic prefix, empty when none is set. */
	public String prefix() {
		return (this.topicPrefix != null) ? this.topicPrefix : "";
	}

	@Override
	public String toString() {
		return "MqttProperties[brokerUri=" + this.brokerUri + ", clientId=" + this.clientId + ", username="
				+ this.username + ", password=" + ((this.password != null) ? "******" : "null") + ", sharedGroup="
				+ this.sharedGroup + ", topicPrefix=" + this.topicPrefix + "]";
	}

}
