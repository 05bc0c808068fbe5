package org.nordpark.mqtt;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The MQTT settings of every Nordpark service ({@code nordpark.mqtt.*}), one vocabulary
 * for all four; each service sets its own {@code client-id} in its
 * {@code application.yml}. docs/design.md §7 describes how they are used.
 *
 * @param brokerUri broker, {@code tcp://host:1883} or {@code ssl://host:8883}
 * @param clientId client id of the service; stable across restarts where a persistent
 * session is bound to it; the api appends a random suffix; consuming connections get
 * {@code -1}, {@code -2} … appended when there are several, the publishing connection
 * {@code -pub}
 * @param username user name, none when empty
 * @param password password, from {@code NORDPARK_MQTT_PASSWORD}; never logged
 * @param sslBundle Spring Boot SSL bundle ({@code spring.ssl.bundle.*}) to trust for TLS;
 * empty uses the JVM's trust store for {@code ssl://} brokers
 * @param keepAlive keep-alive interval
 * @param connectTimeout timeout of one connection attempt
 * @param reconnectDelay longest pause between connection attempts (backoff from 0.5 s)
 * @param sessionExpiry how long the broker keeps a persistent session (and queues
 * messages) while the service is away
 * @param receiveMaximum unacknowledged messages the broker may send to one consuming
 * connection at once (MQTT v5 Receive Maximum)
 * @param maxHeld received messages a service holds unacknowledged at most, over all its
 * consuming connections; beyond it the service stops reading from the broker (TCP back
 * pressure) until it has acknowledged some, whatever the broker sends
 * @param maxOutgoing publishes awaiting the broker's acknowledgement at once
 * @param consumers consuming connections of the service; more than one shares the
 * subscription ({@code $share/{sharedGroup}/…}) so each connection's receive thread runs
 * on its own core
 * @param sharedGroup shared-subscription group; empty = plain subscription with one
 * consumer, the client id with several
 * @param shutdownTimeout how long a graceful stop waits for messages in hand
 */
@ConfigurationProperties("nordpark.mqtt")
@Validated
public record MqttSettings(@DefaultValue("tcp://127.0.0.1:1883") URI brokerUri,
		@DefaultValue("nordpark") String clientId, @Nullable String username, @Nullable String password,
		@Nullable String sslBundle, @DefaultValue("30s") Duration keepAlive,
		@DefaultValue("10s") Duration connectTimeout, @DefaultValue("30s") Duration reconnectDelay,
		@DefaultValue("1h") Duration sessionExpiry, @DefaultValue("1000") @Min(1) @Max(65535) int receiveMaximum,
		@DefaultValue("20000") @Min(1) int maxHeld, @DefaultValue("500") @Min(1) @Max(65535) int maxOutgoing,
		@DefaultValue("1") @Min(1) @Max(16) int consumers, @Nullable String sharedGroup,
		@DefaultValue("30s") Duration shutdownTimeout) {

	/** Settings with every default, for a broker; tests and tools start from these. */
	public static MqttSettings of(URI brokerUri, String clientId) {
		return new MqttSettings(brokerUri, clientId, null, null, null, Duration.ofSeconds(30), Duration.ofSeconds(10),
				Duration.ofSeconds(30), Duration.ofHours(1), 1000, 20000, 500, 1, null, Duration.ofSeconds(30));
	}

	/** The same settings with another client id. */
	public MqttSettings withClientId(String id) {
		return new MqttSettings(this.brokerUri, id, this.username, this.password, this.sslBundle, this.keepAlive,
				this.connectTimeout, this.reconnectDelay, this.sessionExpiry, this.receiveMaximum, this.maxHeld,
				this.maxOutgoing, this.consumers, this.sharedGroup, this.shutdownTimeout);
	}

	/** The same settings with another number of consuming connections and group. */
	public MqttSettings withConsumers(int count, @Nullable String group) {
		return new MqttSettings(this.brokerUri, this.clientId, this.username, this.password, this.sslBundle,
				this.keepAlive, this.connectTimeout, this.reconnectDelay, this.sessionExpiry, this.receiveMaximum,
				this.maxHeld, this.maxOutgoing, count, group, this.shutdownTimeout);
	}

	/** The same settings with other windows. */
	public MqttSettings withWindows(int receiveMaximum, int maxHeld, int maxOutgoing) {
		return new MqttSettings(this.brokerUri, this.clientId, this.username, this.password, this.sslBundle,
				this.keepAlive, this.connectTimeout, this.reconnectDelay, this.sessionExpiry, receiveMaximum, maxHeld,
				maxOutgoing, this.consumers, this.sharedGroup, this.shutdownTimeout);
	}

	/** The same settings with a login. */
	public MqttSettings withLogin(@Nullable String user, @Nullable String secret) {
		return new MqttSettings(this.brokerUri, this.clientId, user, secret, this.sslBundle, this.keepAlive,
				this.connectTimeout, this.reconnectDelay, this.sessionExpiry, this.receiveMaximum, this.maxHeld,
				this.maxOutgoing, this.consumers, this.sharedGroup, this.shutdownTimeout);
	}

	/** Whether an SSL bundle is named. */
	public boolean hasSslBundle() {
		return this.sslBundle != null && !this.sslBundle.isBlank();
	}

	/**
	 * The filter a consuming connection subscribes to: shared when a group is set or when
	 * there are several consumers (then the client id is the group).
	 */
	public String subscription(String filter) {
		String group = (this.sharedGroup != null && !this.sharedGroup.isBlank()) ? this.sharedGroup
				: (this.consumers > 1) ? this.clientId : null;
		return (group != null) ? "$share/" + group + "/" + filter : filter;
	}

	@Override
	public String toString() {
		return "MqttSettings[brokerUri=" + this.brokerUri + ", clientId=" + this.clientId + ", username="
				+ this.username + ", password="
				+ ((this.password == null || this.password.isEmpty()) ? "(none)" : "******") + ", sslBundle="
				+ this.sslBundle + ", consumers=" + this.consumers + ", sharedGroup=" + this.sharedGroup + "]";
	}

}
