package org.nordpark.ingest.system;

import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * The ingest service's Micrometer meters, all named {@code nordpark.ingest.*}. Counters
 * are created once so the hot path only increments.
 */
@Component
public final class IngestMetrics {

	/** Why a reading was dead-lettered, as the {@code reason} tag. */
	public enum DeadLetterReason {

		/** Not a valid reading (JSON, schema version, kind, non-finite value). */
		INVALID,
		/** Valid, but does not fit the InfluxDB schema. */
		UNMAPPABLE,
		/** InfluxDB refused its points. */
		REJECTED

	}

	private final MeterRegistry registry;

	private final Counter received;

	private final Counter readingsWritten;

	private final Counter pointsWritten;

	private final Counter batchesWritten;

	private final Counter batchesSplit;

	private final Counter retries;

	private final Timer batchLatency;

	private final DistributionSummary batchSize;

	private final Counter[] deadLetters = new Counter[DeadLetterReason.values().length];

	public IngestMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.received = Counter.builder("nordpark.ingest.readings.received")
			.description("Readings received from MQTT (lines of the batch messages)")
			.register(registry);
		this.readingsWritten = Counter.builder("nordpark.ingest.readings.written")
			.description("Readings whose points InfluxDB stored (then acknowledged)")
			.register(registry);
		this.pointsWritten = Counter.builder("nordpark.ingest.points.written")
			.description("Points InfluxDB stored")
			.register(registry);
		this.batchesWritten = Counter.builder("nordpark.ingest.batches")
			.tag("outcome", "written")
			.description("Write requests by outcome")
			.register(registry);
		this.batchesSplit = Counter.builder("nordpark.ingest.batches")
			.tag("outcome", "split")
			.description("Write requests by outcome")
			.register(registry);
		this.retries = Counter.builder("nordpark.ingest.write.retries")
			.description("Write attempts that failed and were retried after a backoff")
			.register(registry);
		this.batchLatency = Timer.builder("nordpark.ingest.batch.latency")
			.description("Time of a successful write request")
			.register(registry);
		this.batchSize = DistributionSummary.builder("nordpark.ingest.batch.size")
			.baseUnit("points")
			.description("Points per successful write request")
			.register(registry);
		for (DeadLetterReason reason : DeadLetterReason.values()) {
			this.deadLetters[reason.ordinal()] = Counter.builder("nordpark.ingest.deadletters")
				.tag("reason", reason.name().toLowerCase(java.util.Locale.ROOT))
				.description("Readings sent to the dead-letter topic")
				.register(registry);
		}
	}

	public void received() {
		this.received.increment();
	}

	public void batchWritten(int readings, int points, Duration latency) {
		this.readingsWritten.increment(readings);
		this.pointsWritten.increment(points);
		this.batchesWritten.increment();
		this.batchLatency.record(latency);
		this.batchSize.record(points);
	}

	public void batchSplit() {
		this.batchesSplit.increment();
	}

	public void retried() {
		this.retries.increment();
	}

	public void deadLettered(DeadLetterReason reason) {
		this.deadLetters[reason.ordinal()].increment();
	}

	/** Registers a gauge such as the number of readings in flight. */
	public void gauge(String name, String description, Supplier<Number> value) {
		Gauge.builder(name, value).description(description).register(this.registry);
	}

}
