package org.nordpark.ingest.mqtt;

import java.util.concurrent.atomic.AtomicInteger;

import org.nordpark.mqtt.Delivery;

/**
 * A batch message while its readings are on their way: acknowledged on the connection it
 * came on once every reading is settled (written or dead-lettered), left for the broker
 * to deliver again when any was dropped. A redelivered batch rewrites the same points.
 */
final class InFlightBatch {

	private final Delivery delivery;

	private final AtomicInteger open;

	private volatile boolean dropped;

	InFlightBatch(Delivery delivery, int readings) {
		this.delivery = delivery;
		this.open = new AtomicInteger(readings);
	}

	Delivery delivery() {
		return this.delivery;
	}

	/** One reading is written or dead-lettered. */
	void settled() {
		if (this.open.decrementAndGet() == 0) {
			if (this.dropped) {
				this.delivery.release();
			}
			else {
				this.delivery.acknowledge();
			}
		}
	}

	/** One reading was not written (stopping, or its dead letter refused). */
	void dropped() {
		this.dropped = true;
		settled();
	}

}
