package org.nordpark.mqtt;

import java.nio.charset.StandardCharsets;
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
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
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

	/** What a link reports. */
	public interface Listener {

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

	/**
	 * How the link connects.
	 *
	 * @param clientId the client id of every connection
	 * @param cleanStart start a new session on every connection (a persistent one when
	 * false, kept for {@code session-expiry})
	 * @param manualAcks whether received messages are acknowledged by the listener
	 * ({@link MqttSession#acknowledge}) or by Paho when {@code message} returns
	 * @param subscriptions filters to subscribe to on every connection
	 * @param qos the subscriptions' QoS
	 */
	public record Options(String clientId, boolean cleanStart, boolean manualAcks, List<String> subscriptions,
			int qos) {

		/** A link that only publishes. */
		public static Options publishing(String clientId) {
			return new Options(clientId, true, false, List.of(), 1);
		}

	}

	private final MqttSettings settings;

	private final Options options;

	private final SocketFactory sockets;

	private final Listener listener;

	private final AtomicLong connections = new AtomicLong();

	private final AtomicLong reconnects = new AtomicLong();

	private final ScheduledExecutorService connector;

	private volatile boolean running;

	private volatile boolean subscribed;

	private volatile @Nullable MqttSession session;

	private volatile @Nullable Instant connectedSince;

	private volatile @Nullable String lastDisconnect;

	public MqttLink(MqttSettings settings, Options options, SocketFactory sockets, Listener listener) {
		this.settings = settings;
		this.options = options;
		this.sockets = sockets;
		this.listener = listener;
		this.connector = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "mqtt-connect-" + options.clientId());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Starts connecting; returns at once. */
	public void start() {
		this.running = true;
		this.connector.execute(() -> connect(0));
	}

	/** Disconnects (waiting up to {@code timeoutMillis}) and stops reconnecting. */
	public void stop(long timeoutMillis) {
		this.running = false;
		this.connector.shutdownNow();
		MqttSession current = this.session;
		if (current != null) {
			close(current.client(), timeoutMillis);
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
			client.connect(connectOptions(), null, new MqttActionListener() {

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
				this.settings.brokerUri(), this.options.clientId(), describe(failure), delay);
		schedule(() -> {
			close(failed, 0);
			connect(attempt + 1);
		}, delay);
	}

	private void schedule(Runnable task, long delayMillis) {
		try {
			this.connector.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// stopping
		}
	}

	private MqttConnectionOptions connectOptions() {
		MqttConnectionOptions connect = new MqttConnectionOptions();
		connect.setCleanStart(this.options.cleanStart());
		if (!this.options.cleanStart()) {
			connect.setSessionExpiryInterval(this.settings.sessionExpiry().toSeconds());
		}
		// reconnects are ours, each with a fresh client (see the class comment)
		connect.setAutomaticReconnect(false);
		connect.setReceiveMaximum(this.settings.receiveMaximum());
		connect.setKeepAliveInterval((int) this.settings.keepAlive().toSeconds());
		connect.setConnectionTimeout((int) Math.max(1, this.settings.connectTimeout().toSeconds()));
		if (this.settings.username() != null && !this.settings.username().isBlank()) {
			connect.setUserName(this.settings.username());
		}
		if (this.settings.password() != null && !this.settings.password().isEmpty()) {
			connect.setPassword(this.settings.password().getBytes(StandardCharsets.UTF_8));
		}
		connect.setSocketFactory(this.sockets);
		return connect;
	}

	/**
	 * Subscribes one filter again on the current connection, e.g. for its retained
	 * messages.
	 */
	public void resubscribe(String filter) {
		MqttSession current = this.session;
		if (current == null || !current.client().isConnected()) {
			return;
		}
		try {
			current.client()
				.subscribe(new MqttSubscription[] { new MqttSubscription(filter, this.options.qos()) }, null, null,
						new MqttProperties());
		}
		catch (MqttException ex) {
			log.warn("cannot subscribe [filter: {}, reason: {}]", filter, ex.getMessage());
		}
	}

	private void subscribe(MqttSession on) {
		List<String> filters = this.options.subscriptions();
		if (filters.isEmpty()) {
			return;
		}
		MqttSubscription[] subscriptions = filters.stream()
			.map((filter) -> new MqttSubscription(filter, this.options.qos()))
			.toArray(MqttSubscription[]::new);
		try {
			on.client().subscribe(subscriptions, null, new MqttActionListener() {

				@Override
				public void onSuccess(IMqttToken token) {
					int[] codes = token.getReasonCodes();
					for (int code : (codes != null) ? codes : new int[0]) {
						if (code >= 0x80) {
							log.error("broker refused a subscription, check its ACL [subscriptions: {}, reason code: "
									+ "0x{}]", filters, Integer.toHexString(code));
							return;
						}
					}
					if (MqttLink.this.session == on) {
						MqttLink.this.subscribed = true;
					}
				}

				@Override
				public void onFailure(IMqttToken token, Throwable failure) {
					log.error("cannot subscribe, check the broker's ACL [subscriptions: {}, reason: {}]", filters,
							describe(failure));
				}

			}, new MqttProperties());
		}
		catch (MqttException ex) {
			log.error("cannot subscribe [subscriptions: {}, reason: {}]", filters, ex.getMessage());
		}
	}

	private static void close(MqttAsyncClient client, long timeoutMillis) {
		try {
			if (client.isConnected()) {
				if (timeoutMillis > 0) {
					client.disconnect(timeoutMillis).waitForCompletion(timeoutMillis + 1000);
				}
				else {
					client.disconnectForcibly(0, 1000, false);
				}
			}
		}
		catch (MqttException ex) {
			log.debug("MQTT disconnect failed [clientId: {}, reason: {}]", client.getClientId(), ex.getMessage());
		}
		try {
			client.close(true);
		}
		catch (MqttException ex) {
			log.debug("MQTT close failed [clientId: {}, reason: {}]", client.getClientId(), ex.getMessage());
		}
	}

	/** A failed TLS handshake, for one, is only named by the cause. */
	private static String describe(@Nullable Throwable failure) {
		if (failure == null) {
			return "unknown";
		}
		Throwable cause = failure.getCause();
		return (cause != null && cause != failure) ? failure.getMessage() + ": " + cause.getMessage()
				: String.valueOf(failure.getMessage());
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
			String reason = (response.getException() != null) ? describe(response.getException())
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
				close(this.on.client(), 0);
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
