package org.nordpark.ingest.mqtt;

import java.util.List;

import org.nordpark.ingest.influx.WriteRequest;
import org.nordpark.ingest.system.IngestMetrics.DeadLetterReason;

/**
 * A received reading on its way to InfluxDB: settled in its batch once written,
 * dead-lettered (then settled) when InfluxDB refuses it, dropped when ingest stops first.
 */
final class InFlightReading implements WriteRequest {

	private final ReadingSubscriber subscriber;

	private final InFlightBatch batch;

	private final byte[] json;

	private final List<String> lines;

	private final long time;

	InFlightReading(ReadingSubscriber subscriber, InFlightBatch batch, byte[] json, List<String> lines, long time) {
		this.subscriber = subscriber;
		this.batch = batch;
		this.json = json;
		this.lines = lines;
		this.time = time;
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
		this.batch.settled();
	}

	@Override
	public void rejected(String reason) {
		this.subscriber.deadLetter(this.batch.delivery(), this.json, reason, DeadLetterReason.REJECTED, this.batch);
	}

	@Override
	public void dropped() {
		// stopping: not acknowledged, the broker delivers it again
		this.batch.dropped();
	}

}
