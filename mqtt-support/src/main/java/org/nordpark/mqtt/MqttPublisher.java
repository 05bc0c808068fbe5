package org.nordpark.mqtt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import javax.net.SocketFactory;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.jspecify.annotations.Nullable;

/**
 * Publishes on a connection of its own (never the one a service consumes on, so the
 * broker's acknowledgements never queue behind received messages) and completes each
 * publish when the broker acknowledged it. At most {@code max-outgoing} publishes await
 * acknowledgement; {@link #publish} blocks for a place.
 * <p>
 * A publish is never given up because a connection broke: whatever was not acknowledged
 * is published again on the next connection, before its future completes. So a caller
 * that acknowledges its input only when the future completes loses nothing when the
 * broker crashes and forgets what it had not saved (docs/reliability.md).
 */
public final class MqttPublisher {

	private final MqttLink link;

	private final Semaphore window;

	private final int maxOutgoing;

	private final Set<Outgoing> unacknowledged = ConcurrentHashMap.newKeySet();

	private volatile @Nullable ExecutorService resender;

	private final AtomicLong published = new AtomicLong();

	private final AtomicLong republished = new AtomicLong();

	private final AtomicLong acknowledged = new AtomicLong();

	private volatile Runnable onConnected = () -> {
	};

	/**
	 * @param clientId the connection's client id (a clean session)
	 */
	public MqttPublisher(MqttSettings settings, String clientId, SocketFactory sockets) {
		this.maxOutgoing = settings.maxOutgoing();
		this.window = new Semaphore(this.maxOutgoing);
		this.link = new MqttLink(settings, LinkOptions.publishing(clientId), sockets, new LinkListener() {

			@Override
			public void connected(MqttSession session) {
				ExecutorService executor = MqttPublisher.this.resender;
				if (executor == null) {
					return;
				}
				try {
					executor.execute(() -> {
						resend(session);
						MqttPublisher.this.onConnected.run();
					});
				}
				catch (RejectedExecutionException ex) {
					// stopping
				}
			}

		});
	}

	/**
	 * Runs {@code task} after every (re)connect, once what was not acknowledged on the
	 * earlier connection is handed over again; on a thread of the publisher's own.
	 */
	public void whenConnected(Runnable task) {
		this.onConnected = task;
	}

	public void start() {
		this.resender = Executors.newSingleThreadExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "mqtt-resend-" + this.link.clientId());
			thread.setDaemon(true);
			return thread;
		});
		this.link.start();
	}

	/**
	 * Waits up to {@code timeoutMillis} for every publish to be acknowledged, then
	 * disconnects.
	 * @return whether every publish was acknowledged
	 */
	public boolean stop(long timeoutMillis) {
		boolean flushed = flush(timeoutMillis);
		ExecutorService executor = this.resender;
		if (executor != null) {
			executor.shutdownNow();
		}
		this.link.stop(5000);
		return flushed;
	}

	/** Waits until every publish is acknowledged. */
	public boolean flush(long timeoutMillis) {
		try {
			if (this.window.tryAcquire(this.maxOutgoing, timeoutMillis, TimeUnit.MILLISECONDS)) {
				this.window.release(this.maxOutgoing);
				return true;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/**
	 * Publishes; blocks while {@code max-outgoing} publishes await acknowledgement.
	 * @return completes when the broker acknowledged the message (for QoS 0: when sent);
	 * fails only when the broker or Paho refused it on a live connection
	 */
	public CompletableFuture<Void> publish(String topic, byte[] payload, int qos, boolean retained)
			throws InterruptedException {
		this.window.acquire();
		Outgoing outgoing = new Outgoing(topic, payload, qos, retained);
		this.unacknowledged.add(outgoing);
		this.published.incrementAndGet();
		send(outgoing, this.link.session());
		return outgoing.done;
	}

	private void resend(MqttSession session) {
		for (Outgoing outgoing : this.unacknowledged) {
			if (!session.isCurrent()) {
				return;
			}
			if (outgoing.sentOn != session) {
				this.republished.incrementAndGet();
				send(outgoing, session);
			}
		}
	}

	/**
	 * Hands the message to Paho on {@code session}; without a live connection it waits in
	 * {@link #unacknowledged} for the next one. Paho counts a publish as in flight until
	 * shortly after it completed it, so its window can be briefly full (32202): such a
	 * publish was not sent and is tried again.
	 */
	private void send(Outgoing outgoing, @Nullable MqttSession session) {
		synchronized (outgoing) {
			if (session == null || outgoing.sentOn == session || outgoing.done.isDone()) {
				return;
			}
			while (session.isCurrent()) {
				try {
					session.publish(outgoing.topic, outgoing.message(), new Completion(outgoing, session));
					outgoing.sentOn = session;
					return;
				}
				catch (MqttException ex) {
					if (ex.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT) {
						if (session.isCurrent()) {
							// refused on a live connection (too large, say): it never
							// goes out
							settle(outgoing, ex);
						}
						return;
					}
					LockSupport.parkNanos(50_000);
				}
			}
		}
	}

	private void settle(Outgoing outgoing, @Nullable Throwable failure) {
		if (!this.unacknowledged.remove(outgoing)) {
			return;
		}
		this.window.release();
		if (failure == null) {
			this.acknowledged.incrementAndGet();
			outgoing.done.complete(null);
		}
		else {
			outgoing.done.completeExceptionally(failure);
		}
	}

	public boolean isConnected() {
		return this.link.isConnected();
	}

	/** Publishes the broker acknowledged. */
	public long acknowledged() {
		return this.acknowledged.get();
	}

	/** Publishes awaiting the broker's acknowledgement. */
	public int pending() {
		return this.unacknowledged.size();
	}

	/** Health details: connection and counts. */
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("clientId", this.link.clientId());
		details.put("connected", isConnected());
		details.put("published", this.published.get());
		details.put("acknowledged", acknowledged());
		details.put("republished", this.republished.get());
		details.put("pending", pending());
		details.put("reconnects", this.link.reconnects());
		return details;
	}

	/** Completes a publish on the connection it went out on. */
	private final class Completion implements MqttActionListener {

		private final Outgoing outgoing;

		private final MqttSession session;

		Completion(Outgoing outgoing, MqttSession session) {
			this.outgoing = outgoing;
			this.session = session;
		}

		@Override
		public void onSuccess(IMqttToken token) {
			int[] codes = token.getReasonCodes();
			if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
				settle(this.outgoing, new IllegalStateException("broker refused publish to " + this.outgoing.topic
						+ " [reason code: 0x" + Integer.toHexString(codes[0]) + "]"));
			}
			else {
				settle(this.outgoing, null);
			}
		}

		@Override
		public void onFailure(IMqttToken token, Throwable failure) {
			// the connection broke: published again on the next one (resend); a failure
			// on a live connection is final
			if (this.session.isCurrent()) {
				settle(this.outgoing, failure);
			}
		}

	}

	/** One message until the broker acknowledged it. */
	private static final class Outgoing {

		final String topic;

		final byte[] payload;

		final int qos;

		final boolean retained;

		final CompletableFuture<Void> done = new CompletableFuture<>();

		/** The connection it was last handed to. */
		volatile @Nullable MqttSession sentOn;

		Outgoing(String topic, byte[] payload, int qos, boolean retained) {
			this.topic = topic;
			this.payload = payload;
			this.qos = qos;
			this.retained = retained;
		}

		MqttMessage message() {
			MqttMessage message = new MqttMessage(this.payload);
			message.setQos(this.qos);
			message.setRetained(this.retained);
			return message;
		}

	}

}
