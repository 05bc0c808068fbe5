package org.nordpark.api.sta.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.mqtt.MqttProperties;
import org.nordpark.model.net.NoDelaySockets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Publishes SensorThings messages over a Paho client of its own on the api's broker
 * ({@code nordpark.mqtt}), QoS 0 and not retained, as STA's MQTT extension expects. The
 * client reconnects by itself; while it is away, messages are dropped and counted
 * ({@code nordpark.api.sta.mqtt.dropped}).
 */
@Component
@ConditionalOnProperty(name = "nordpark.sta.mqtt-enabled", havingValue = "true", matchIfMissing = true)
class PahoStaMessagePublisher implements StaMessagePublisher, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PahoStaMessagePublisher.class);

	private final MqttProperties properties;

	private final SslBundles sslBundles;

	private final Counter published;

	private final Counter dropped;

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "sta-mqtt-connect");
		thread.setDaemon(true);
		return thread;
	});

	private volatile @Nullable MqttAsyncClient client;

	PahoStaMessagePublisher(MqttProperties properties, SslBundles sslBundles, MeterRegistry meters) {
		this.properties = properties;
		this.sslBundles = sslBundles;
		this.published = Counter.builder("nordpark.api.sta.mqtt.published")
			.description("SensorThings Observations published on MQTT")
			.register(meters);
		this.dropped = Counter.builder("nordpark.api.sta.mqtt.dropped")
			.description("SensorThings Observations not published because the broker was away")
			.register(meters);
	}

	@Override
	public void publish(String topic, byte[] payload) {
		MqttAsyncClient client = this.client;
		if (client == null || !client.isConnected()) {
			this.dropped.increment();
			return;
		}
		try {
			MqttMessage message = new MqttMessage(payload);
			message.setQos(0);
			client.publish(topic, message);
			this.published.increment();
		}
		catch (MqttException ex) {
			this.dropped.increment();
			log.debug("SensorThings observation not published [topic: {}, reason: {}]", topic, ex.getMessage());
		}
	}

	@Override
	public void start() {
		String id = this.properties.clientIdPrefix() + "-sta-" + UUID.randomUUID().toString().substring(0, 8);
		try {
			MqttAsyncClient client = new MqttAsyncClient(this.properties.brokerUri().toString(), id,
					new MemoryPersistence());
			this.client = client;
			this.retries.execute(this::connect);
			log.info("SensorThings MQTT publisher connecting [broker: {}, clientId: {}]", this.properties.brokerUri(),
					id);
		}
		catch (MqttException ex) {
			// automatic reconnect covers a broker that is away; this is a bad uri
			throw new IllegalStateException("cannot create the SensorThings MQTT publisher: " + ex.getMessage(), ex);
		}
	}

	private void connect() {
		MqttAsyncClient client = this.client;
		if (client == null || client.isConnected()) {
			return;
		}
		try {
			client.connect(options()).waitForCompletion(this.properties.connectTimeout().toMillis());
		}
		catch (MqttException ex) {
			log.warn("SensorThings MQTT publisher cannot connect, retrying [broker: {}, reason: {}]",
					this.properties.brokerUri(), ex.getMessage());
			this.retries.schedule(this::connect, this.properties.retryDelay().toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private MqttConnectionOptions options() {
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setCleanStart(true);
		options.setAutomaticReconnect(true);
		options.setAutomaticReconnectDelay(1, (int) Math.max(1, this.properties.retryDelay().toSeconds()));
		options.setKeepAliveInterval((int) this.properties.keepAlive().toSeconds());
		options.setConnectionTimeout((int) Math.max(1, this.properties.connectTimeout().toSeconds()));
		options.setSocketFactory(NoDelaySockets.forBroker(this.properties.brokerUri(), this.properties.hasSslBundle()
				? this.sslBundles.getBundle(this.properties.sslBundle()).createSslContext().getSocketFactory() : null));
		if (this.properties.username() != null && !this.properties.username().isEmpty()) {
			options.setUserName(this.properties.username());
			if (this.properties.password() != null) {
				options.setPassword(this.properties.password().getBytes(StandardCharsets.UTF_8));
			}
		}
		return options;
	}

	@Override
	public void stop() {
		MqttAsyncClient client = this.client;
		this.client = null;
		if (client == null) {
			return;
		}
		try {
			if (client.isConnected()) {
				client.disconnect().waitForCompletion(2000);
			}
			client.close();
		}
		catch (MqttException ex) {
			log.debug("SensorThings MQTT publisher closed with an error [reason: {}]", ex.getMessage());
		}
	}

	/** Whether the client is connected (for tests and health). */
	boolean isConnected() {
		MqttAsyncClient client = this.client;
		return client != null && client.isConnected();
	}

	@Override
	public boolean isRunning() {
		return this.client != null;
	}

}
