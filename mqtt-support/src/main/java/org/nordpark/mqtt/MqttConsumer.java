package org.nordpark.mqtt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.SocketFactory;

import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes one topic filter at least once: {@code consumers} connections with persistent
 * sessions (or clean ones), manual acknowledgements on the connection a message came on,
 * and at most {@code max-held} messages in hand. When that many are held, the connection
 * that brings the next one waits on its callback thread: Paho stops reading the socket
 * and TCP holds the broker back. Nothing is dropped and redelivered to bound memory,
 * whatever the broker sends beyond its receive maximum (docs/reliability.md).
 * <p>
 * With several consumers the subscription is shared, so the broker spreads the messages
 * over the connections and each connection's receive thread parses on its own core.
 */
public final class MqttConsumer {

	private static final Logger log = LoggerFactory.getLogger(MqttConsumer.class);

	/** Takes each delivery on the callback thread of the connection it came on. */
	@FunctionalInterface
	public interface Handler {

		/**
		 * Takes a delivery; it must eventually be acknowledged or released. May block to
		 * push back on the broker.
		 */
		void handle(Delivery delivery) throws InterruptedException;

	}

	private final List<MqttLink> links = new ArrayList<>();

	private final Handler handler;

	private final int maxHeld;

	private final Semaphore held;

	private final AtomicLong deliveries = new AtomicLong();

	private final AtomicLong duplicates = new AtomicLong();

	private final AtomicLong acknowledged = new AtomicLong();

	private volatile boolean accepting;

	/**
	 * @param filter the topic filter (made shared as {@link MqttSettings#subscription}
	 * says)
	 * @param persistent persistent sessions (clean start off) or a new session on every
	 * connection
	 */
	public MqttConsumer(MqttSettings settings, String filter, boolean persistent, SocketFactory sockets,
			Handler handler) {
		this.handler = handler;
		this.maxHeld = settings.maxHeld();
		this.held = new Semaphore(this.maxHeld);
		String subscription = settings.subscription(filter);
		for (int i = 1; i <= settings.consumers(); i++) {
			String clientId = (settings.consumers() > 1) ? settings.clientId() + "-" + i : settings.clientId();
			LinkOptions options = new LinkOptions(clientId, !persistent, true, List.of(subscription), 1);
			this.links.add(new MqttLink(settings, options, sockets, new LinkListener() {

				@Override
				public void message(MqttSession session, String topic, MqttMessage message) {
					take(session, topic, message);
				}

			}));
		}
	}

	public void start() {
		this.accepting = true;
		this.links.forEach(MqttLink::start);
	}

	/**
	 * Stops taking messages; those in hand are still settled. Before {@link #stop} when a
	 * service must flush what it holds first.
	 */
	public void stopTaking() {
		this.accepting = false;
	}

	/**
	 * Stops taking messages, waits up to {@code timeoutMillis} for those in hand to be
	 * settled, then disconnects. What was not acknowledged is delivered again.
	 * @return whether everything in hand was settled
	 */
	public boolean stop(long timeoutMillis) {
		this.accepting = false;
		boolean settled = awaitSettled(timeoutMillis);
		if (!settled) {
			log.warn("stopping with messages in hand; the broker delivers them again [held: {}]", held());
		}
		this.links.forEach((link) -> link.stop(5000));
		return settled;
	}

	private boolean awaitSettled(long timeoutMillis) {
		try {
			if (this.held.tryAcquire(this.maxHeld, timeoutMillis, TimeUnit.MILLISECONDS)) {
				this.held.release(this.maxHeld);
				return true;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private void take(MqttSession session, String topic, MqttMessage message) {
		this.deliveries.incrementAndGet();
		if (message.isDuplicate()) {
			this.duplicates.incrementAndGet();
		}
		try {
			while (!this.held.tryAcquire(100, TimeUnit.MILLISECONDS)) {
				if (!this.accepting || !session.isCurrent()) {
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		if (!this.accepting) {
			// not acknowledged: delivered again after the next connect
			this.held.release();
			return;
		}
		Delivery delivery = new Delivery(topic, message.getPayload(), message.getId(), message.getQos(),
				message.isDuplicate(), session, new AtomicBoolean(), this);
		try {
			this.handler.handle(delivery);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			delivery.release();
		}
		catch (RuntimeException ex) {
			// escaping to Paho would drop the connection; the message comes again
			log.error("handling a message failed; it stays unacknowledged [topic: {}]", topic, ex);
			delivery.release();
		}
	}

	void settled(boolean acknowledgementSent) {
		if (acknowledgementSent) {
			this.acknowledged.incrementAndGet();
		}
		this.held.release();
	}

	/** Whether every connection is up with its subscription confirmed. */
	public boolean isReady() {
		return this.links.stream().allMatch(MqttLink::isReady);
	}

	public boolean isConnected() {
		return this.links.stream().allMatch(MqttLink::isConnected);
	}

	/** Messages in hand, not yet acknowledged or released. */
	public int held() {
		return this.maxHeld - this.held.availablePermits();
	}

	/** Messages received, counting redeliveries. */
	public long deliveries() {
		return this.deliveries.get();
	}

	/** Messages the broker marked as delivered before (DUP). */
	public long duplicates() {
		return this.duplicates.get();
	}

	public long acknowledged() {
		return this.acknowledged.get();
	}

	public long reconnects() {
		return this.links.stream().mapToLong(MqttLink::reconnects).sum();
	}

	public List<MqttLink> links() {
		return List.copyOf(this.links);
	}

	/** Health details: connections, counts. */
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("subscription", this.links.get(0).subscriptions().get(0));
		details.put("consumers", this.links.size());
		details.put("connected", isConnected());
		details.put("subscribed", isReady());
		details.put("held", held());
		details.put("maxHeld", this.maxHeld);
		details.put("deliveries", deliveries());
		details.put("duplicates", duplicates());
		details.put("acknowledged", acknowledged());
		details.put("reconnects", reconnects());
		MqttLink first = this.links.get(0);
		if (first.connectedSince() != null) {
			details.put("connectedSince", String.valueOf(first.connectedSince()));
		}
		if (first.lastDisconnect() != null) {
			details.put("lastDisconnect", first.lastDisconnect());
		}
		return details;
	}

}
