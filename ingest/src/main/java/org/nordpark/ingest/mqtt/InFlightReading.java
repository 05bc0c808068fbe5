package org.nordpark.ingest.mqtt;

import java.util.List;

import org.nordpark.ingest.influx.WriteRequest;
import org.nordpark.ingest.system.IngestMetrics.DeadLetterReason;
import org.nordpark.mqtt.Delivery;

/**
 * A received reading on its way to InfluxDB: acknowledged on the connection it came on
 * once written (not at all if that connection is gone), dead-lettered (then acknowledged
 * the same way) when InfluxDB refuses it.
 */
final class InFlightReading implements WriteRequest {

	private final ReadingSubscriber subscriber;

	private final List<String> lines;

	private final long time;

	private final Delivery delivery;

	InFlightReading(ReadingSubscriber subscriber, List<String> lines, long time, Delivery delivery) {
		this.subscriber = subscriber;
		this.lines = lines;
		this.time = time;
		this.delivery = delivery;
	}

	@Override
	public long time() {
		return this.time;
	}

	@Override
	public List<String> lines() {
		return this.lines;
	}

	@Override
	public void written() {
		this.delivery.acknowledge();
	}

	@Override
	public void rejected(String reason) {
		this.subscriber.deadLetter(this.delivery, reason, DeadLetterReason.REJECTED);
	}

	@Override
	public void dropped() {
		// stopping: not acknowledged, the broker delivers it again
		this.delivery.release();
	}

}
