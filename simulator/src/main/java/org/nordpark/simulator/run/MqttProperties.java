package org.nordpark.simulator.run;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The broker the simulator publishes to, standing in for ChirpStack's MQTT integration
 * ({@code nordpark.mqtt.*}).
 *
 * @param brokerUri broker, {@code tcp://host:port} or {@code ssl://host:port}
 * @param clientId MQTT client id
 * @param username user name, if the broker needs one
 * @param password password (from {@code NORDPARK_MQTT_PASSWORD}); never logged
 * @param sslBundle name of a {@code spring.ssl.bundle} to trust for {@code ssl://}
 * brokers (e.g. a PEM bundle with the broker's CA); empty uses the JVM's trust store
 * @param qos publish QoS; ChirpStack must use 1 for at-least-once delivery
 * @param maxInFlight unacknowledged publishes at most (back-pressure window)
 * @param connectTimeout how long one connection attempt may take
 */
@ConfigurationProperties("nordpark.mqtt")
@Validated
public record MqttProperties(@DefaultValue("tcp://127.0.0.1:1883") URI brokerUri,
		@DefaultValue("nordpark-simulator") String clientId, @Nullable String username, @Nullable String password,
		@Nullable String sslBundle, @DefaultValue("1") @Min(0) @Max(2) int qos,
		@DefaultValue("64") @Min(1) @Max(65535) int maxInFlight, @DefaultValue("10s") Duration connectTimeout) {

	/** Whether an SSL bundle is named. */
	public boolean hasSslBundle() {
		return this.sslBundle != null && !this.sslBundle.isBlank();
	}

	@Override
	public String toString() {
		return "MqttProperties[brokerUri=" + this.brokerUri + ", clientId=" + this.clientId + ", username="
				+ this.username + ", password=" + ((this.password != null) ? "******" : "null") + ", sslBundle="
				+ this.sslBundle + ", qos=" + this.qos + ", maxInFlight=" + this.maxInFlight + "]";
	}

}
