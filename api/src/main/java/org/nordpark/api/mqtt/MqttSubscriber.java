package org.nordpark.api.mqtt;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.net.SocketFactory;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.util.MqttTopicValidator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.nordpark.model.net.NoDelaySockets;

/**
 * The api's one MQTT connection: subscribes every {@link MqttMessageHandler}'s filter
 * (again after each reconnect) and routes messages to them. Clean start and a unique
 * client id: the api needs no session, only what arrives while it runs plus the retained
 * catalog. Keeps trying while the broker is unreachable; the health shows it. For
 * {@code ssl://} brokers the trust comes from the SSL bundle named by
 * {@code nordpark.mqtt.ssl-bundle} (or the JVM's trust store).
 */
@Component
public class MqttSubscriber implements SmartLifecycle, MqttCallback {

	private static final Logger log = LoggerFactory.getLogger(MqttSubscriber.class);

	private final org.nordpark.api.mqtt.MqttProperties properties;

	private final List<MqttMessageHandler> handlers;

	private final String clientId;

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "mqtt-connect");
		thread.setDaemon(true);
		return thread;
	});

	private volatile @Nullable MqttAsyncClient client;

	private volatile boolean running;

	private final SslBundles sslBundles;

	MqttSubscriber(org.nordpark.api.mqtt.MqttProperties properties, List<MqttMessageHandler> handlers,
			SslBundles sslBundles) {
		this.properties = properties;
		this.sslBundles = sslBundles;
		this.handlers = List.copyOf(handlers);
		this.clientId = properties.clientIdPrefix() + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Override
	public void start() {
		if (this.properties.hasSslBundle()) {
			// an unknown bundle or unreadable certificate fails the start, not every
			// connection attempt
			this.sslBundles.getBundle(this.properties.sslBundle()).createSslContext();
		}
		this.running = true;
		try {
			MqttAsyncClient client = new MqttAsyncClient(this.properties.brokerUri().toString(), this.clientId,
					new MemoryPersistence());
			client.setCallback(this);
			this.client = client;
		}
		catch (MqttException ex) {
			throw new IllegalStateException("invalid MQTT broker uri " + this.properties.brokerUri(), ex);
		}
		this.retries.execute(this::connect);
	}

	private void connect() {
		MqttAsyncClient client = this.client;
		if (!this.running || client == null || client.isConnected()) {
			return;
		}
		try {
			client.connect(options()).waitForCompletion(this.properties.connectTimeout().toMillis());
		}
		catch (MqttException ex) {
			log.warn("cannot connect to mqtt broker, retrying [broker: {}, reason: {}, retryDelay: {}]",
					this.properties.brokerUri(), reason(ex), this.properties.retryDelay());
			this.retries.schedule(this::connect, this.properties.retryDelay().toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private MqttConnectionOptions options() {
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setCleanStart(true);
		options.setAutomaticReconnect(true);
		// resolved on every connect, so a reloaded bundle (new CA) applies on reconnect
		options.setSocketFactory(socketFactory(this.properties, this.sslBundles));
		options.setAutomaticReconnectDelay(1, (int) Math.max(1, this.properties.retryDelay().toSeconds()));
		options.setKeepAliveInterval((int) this.properties.keepAlive().toSeconds());
		options.setConnectionTimeout((int) Math.max(1, this.properties.connectTimeout().toSeconds()));
		if (this.properties.username() != null && !this.properties.username().isEmpty()) {
			options.setUserName(this.properties.username());
			if (this.properties.password() != null) {
				options.setPassword(this.properties.password().getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return options;
	}

	/**
	 * The socket factory for the broker: TLS trusting the named SSL bundle; TLS with the
	 * JVM's trust store for an {@code ssl://} broker without a bundle (Paho refuses a
	 * plain factory there); plain TCP otherwise. Nagle is off on all of them.
	 */
	static SocketFactory socketFactory(org.nordpark.api.mqtt.MqttProperties properties, SslBundles sslBundles) {
		return NoDelaySockets.forBroker(properties.brokerUri(), properties.hasSslBundle()
				? sslBundles.getBundle(properties.sslBundle()).createSslContext().getSocketFactory() : null);
	}

	private static String reason(MqttException ex) {
		Throwable cause = ex.getCause();
		// e.g. a failed TLS handshake: Paho's own message says nothing
		return (cause != null) ? ex.getMessage() + ": " + cause.getMessage() : String.valueOf(ex.getMessage());
	}

	/** Subscribes one filter again, e.g. to receive retained messages anew. */
	public void resubscribe(String filter) {
		MqttAsyncClient client = this.client;
		if (client == null || !client.isConnected()) {
			return;
		}
		try {
			client.subscribe(new MqttSubscription[] { new MqttSubscription(filter, this.properties.qos()) }, null, null,
					new MqttProperties());
		}
		catch (MqttException ex) {
			log.warn("cannot subscribe [filter: {}, reason: {}]", filter, ex.getMessage());
		}
	}

	/** Whether the client is connected. */
	public boolean isConnected() {
		MqttAsyncClient client = this.client;
		return client != null && client.isConnected();
	}

	public String clientId() {
		return this.clientId;
	}

	@Override
	public void connectComplete(boolean reconnect, String serverURI) {
		log.info("connected to {} as {}{}", serverURI, this.clientId, reconnect ? " (reconnect)" : "");
		MqttSubscription[] subscriptions = this.handlers.stream()
			.map((handler) -> new MqttSubscription(handler.filter(), this.properties.qos()))
			.toArray(MqttSubscription[]::new);
		try {
			this.client.subscribe(subscriptions, null, null, new MqttProperties());
		}
		catch (MqttException ex) {
			log.error("cannot subscribe [reason: {}]", ex.getMessage(), ex);
		}
	}

	@Override
	public void messageArrived(String topic, MqttMessage message) {
		for (MqttMessageHandler handler : this.handlers) {
			if (MqttTopicValidator.isMatched(handler.filter(), topic)) {
				try {
					handler.handle(topic, message.getPayload(), message.isRetained());
				}
				catch (RuntimeException ex) {
					log.warn("message handler failed [topic: {}, reason: {}]", topic, ex.getMessage());
				}
			}
		}
	}

	@Override
	public void disconnected(MqttDisconnectResponse response) {
		if (this.running) {
			log.warn("disconnected from mqtt broker, reconnecting [reason: {}]", response.getReasonString());
		}
	}

	@Override
	public void mqttErrorOccurred(MqttException exception) {
		log.warn("mqtt error [reason: {}]", exception.getMessage());
	}

	@Override
	public void deliveryComplete(IMqttToken token) {
	}

	@Override
	public void authPacketArrived(int reasonCode, MqttProperties properties) {
	}

	@Override
	public void stop() {
		this.running = false;
		this.retries.shutdownNow();
		MqttAsyncClient client = this.client;
		if (client != null) {
			try {
				if (client.isConnected()) {
					client.disconnect().waitForCompletion(2000);
				}
				client.close();
			}
			catch (MqttException ex) {
				log.debug("mqtt disconnect failed [reason: {}]", ex.getMessage());
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public boolean isPauseable() {
		// stop() ends the retry executor for good, so a paused test context could not
		// resume
		return false;
	}

}
