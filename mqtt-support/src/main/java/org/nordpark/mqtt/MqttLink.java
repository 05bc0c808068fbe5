package org.nordpark.mqtt;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.SocketFactory;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logical MQTT connection that stays up: it connects until the broker answers
 * (backoff up to {@code reconnect-delay}), subscribes, and after a lost connection
 * connects again with a <em>fresh</em> Paho client. The session state that matters lives
 * in the broker; a Paho client is never reused across connections, because Paho 1.2.5
 * resends its in-flight publishes after a reconnect in a form the broker rejects
 * (docs/reliability.md, "Paho #1104"). Each connection is an {@link MqttSession}.
 * <p>
 * The listener runs on Paho's threads: {@code message} on the callback thread of the
 * connection (blocking there stops reading from the socket, which is how a consumer
 * pushes back on the broker), the others on the connector thread or Paho's.
 */
public final class MqttLink {

	private static final Logger log = LoggerFactory.getLogger(MqttLink.class);

	private final MqttSettings settings;

	private final LinkOptions options;

	private final SocketFactory sockets;

	private final LinkListener listener;

	private final AtomicLong connections = new AtomicLong();

	private final AtomicLong reconnects = new AtomicLong();

	private volatile @Nullable ScheduledExecutorService connector;

	private volatile boolean running;

	private volatile boolean subscribed;

	private volatile @Nullable MqttSession session;

	private volatile @Nullable Instant connectedSince;

	private volatile @Nullable String lastDisconnect;

	public MqttLink(MqttSettings settings, LinkOptions options, SocketFactory sockets, LinkListener listener) {
		this.settings = settings;
		this.options = options;
		this.sockets = sockets;
		this.listener = listener;
	}

	/** Starts connecting; returns at once. A stopped link may be started again. */
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "mqtt-connect-" + this.options.clientId());
			thread.setDaemon(true);
			return thread;
		});

		this.connector = executor;
		PahoDecoding.isBulk();
		this.running = true;
		executor.execute(() -> connect(0));
	}

	/** Disconnects (waiting up to {@code timeoutMillis}) and stops reconnecting. */
	public void stop(long timeoutMillis) {
		this.running = false;
		ScheduledExecutorService executor = this.connector;
		if (executor != null) {
			executor.shutdownNow();
		}
		MqttSession current = this.session;
		if (current != null) {
			PahoClients.close(current.client(), timeoutMillis);
		}
		this.subscribed = false;
	}

	public String clientId() {
		return this.options.clientId();
	}

	public List<String> subscriptions() {
		return this.options.subscriptions();
	}

	/** The current connection, if any (it may be down). */
	public @Nullable MqttSession session() {
		return this.session;
	}

	public boolean isConnected() {
		MqttSession current = this.session;
		return current != null && current.client().isConnected();
	}

	/** Connected, and every subscription confirmed on this connection. */
	public boolean isReady() {
		return isConnected() && (this.options.subscriptions().isEmpty() || this.subscribed);
	}

	public long reconnects() {
		return this.reconnects.get();
	}

	public @Nullable Instant connectedSince() {
		return this.connectedSince;
	}

	public @Nullable String lastDisconnect() {
		return this.lastDisconnect;
	}

	private void connect(int attempt) {
		if (!this.running) {
			return;
		}
		MqttAsyncClient client;
		try {
			client = new MqttAsyncClient(this.settings.brokerUri().toString(), this.options.clientId(),
					new MemoryPersistence());
		}
		catch (MqttException ex) {
			throw new IllegalArgumentException("invalid MQTT settings [broker: " + this.settings.brokerUri()
					+ ", clientId: " + this.options.clientId() + "]: " + ex.getMessage(), ex);
		}
		client.setManualAcks(this.options.manualAcks());
		MqttSession next = new MqttSession(this, client, this.connections.incrementAndGet());
		client.setCallback(new Callback(next));
		this.subscribed = false;
		this.session = next;
		try {
			client.connect(PahoClients.connectOptions(this.settings, this.options, this.sockets), null,
					new MqttActionListener() {

						@Override
						public void onSuccess(IMqttToken token) {
							// Callback.connectComplete takes over
						}

						@Override
						public void onFailure(IMqttToken token, Throwable failure) {
							retry(client, attempt, failure);
						}

					});
		}
		catch (MqttException ex) {
			retry(client, attempt, ex);
		}
	}

	private void retry(MqttAsyncClient failed, int attempt, Throwable failure) {
		long delay = Math.min(this.settings.reconnectDelay().toMillis(), 500L << Math.min(attempt, 10));
		log.warn("cannot connect to MQTT broker, retrying [broker: {}, clientId: {}, reason: {}, retry in: {} ms]",
				this.settings.brokerUri(), this.options.clientId(), PahoClients.describe(failure), delay);
		schedule(() -> {
			PahoClients.close(failed, 0);
			connect(attempt + 1);
		}, delay);
	}

	private void schedule(Runnable task, long delayMillis) {
		ScheduledExecutorService executor = this.connector;
		if (executor == null) {
			return;
		}
		try {
			executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// stopping
		}
	}

	/**
	 * Subscribes one filter again on the current connection, e.g. for its retained
	 * messages.
	 */
	public void resubscribe(String filter) {
		MqttSession current = this.session;
		if (current != null && current.client().isConnected()) {
			PahoClients.subscribe(current.client(), List.of(filter), this.options.qos(), () -> {
			});
		}
	}

	private void subscribe(MqttSession on) {
		if (!this.options.subscriptions().isEmpty()) {
			PahoClients.subscribe(on.client(), this.options.subscriptions(), this.options.qos(), () -> {
				if (this.session == on) {
					this.subscribed = true;
				}
			});
		}
	}

	/** The callback of one connection; reports only while that connection is current. */
	private final class Callback implements MqttCallback {

		private final MqttSession on;

		Callback(MqttSession on) {
			this.on = on;
		}

		private boolean current() {
			return MqttLink.this.session == this.on;
		}

		@Override
		public void connectComplete(boolean reconnect, String serverUri) {
			if (!current()) {
				return;
			}
			MqttLink.this.connectedSince = Instant.now();
			log.info("{} to {} as {} [subscriptions: {}, connection: {}]",
					(this.on.number() > 1) ? "reconnected" : "connected", serverUri, MqttLink.this.options.clientId(),
					MqttLink.this.options.subscriptions(), this.on.number());
			MqttLink.this.listener.connected(this.on);
			subscribe(this.on);
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			if (current()) {
				MqttLink.this.listener.message(this.on, topic, message);
			}
		}

		@Override
		public void disconnected(MqttDisconnectResponse response) {
			if (!current()) {
				return;
			}
			String reason = (response.getException() != null) ? PahoClients.describe(response.getException())
					: String.valueOf(response.getReasonString());
			MqttLink.this.subscribed = false;
			MqttLink.this.connectedSince = null;
			MqttLink.this.lastDisconnect = reason;
			if (!MqttLink.this.running) {
				return;
			}
			MqttLink.this.reconnects.incrementAndGet();
			log.warn("lost connection to MQTT broker, reconnecting [broker: {}, clientId: {}, reason: {}]",
					MqttLink.this.settings.brokerUri(), MqttLink.this.options.clientId(), reason);
			MqttLink.this.listener.lost(this.on, reason);
			schedule(() -> {
				PahoClients.close(this.on.client(), 0);
				connect(0);
			}, Math.min(1000, MqttLink.this.settings.reconnectDelay().toMillis()));
		}

		@Override
		public void mqttErrorOccurred(MqttException ex) {
			log.warn("MQTT error [clientId: {}, reason: {}]", MqttLink.this.options.clientId(), ex.getMessage());
		}

		@Override
		public void deliveryComplete(IMqttToken token) {
		}

		@Override
		public void authPacketArrived(int reasonCode, MqttProperties properties) {
		}

	}

}
