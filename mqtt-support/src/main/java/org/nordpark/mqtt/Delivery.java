package org.nordpark.mqtt;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A received message on its way through a service. It holds one place of the consumer's
 * {@code max-held} bound until it is {@linkplain #acknowledge() acknowledged} or
 * {@linkplain #release() left} for the broker to deliver again.
 *
 * @param topic the topic it came on
 * @param payload its bytes
 * @param id the packet id to acknowledge
 * @param qos its QoS
 * @param duplicate whether the broker marked it as delivered before (DUP flag)
 * @param session the connection it came on, the only one it may be acknowledged on
 * @param settled set once it was acknowledged or left
 * @param consumer the consumer whose bound it holds
 */
public record Delivery(String topic, byte[] payload, int id, int qos, boolean duplicate, MqttSession session,
		AtomicBoolean settled, MqttConsumer consumer) {

	/**
	 * Acknowledges it on the connection it came on, if that is still up; otherwise the
	 * broker delivers it again. Frees its place either way.
	 * @return whether the acknowledgement went out
	 */
	public boolean acknowledge() {
		if (!this.settled.compareAndSet(false, true)) {
			return false;
		}
		boolean sent = this.session.acknowledge(this.id, this.qos);
		this.consumer.settled(sent);
		return sent;
	}

	/** Leaves it unacknowledged (the broker delivers it again) and frees its place. */
	public void release() {
		if (this.settled.compareAndSet(false, true)) {
			this.consumer.settled(false);
		}
	}

	/** Whether the connection it came on is gone, so acknowledging it is useless. */
	public boolean isStale() {
		return !this.session.isCurrent();
	}

}
