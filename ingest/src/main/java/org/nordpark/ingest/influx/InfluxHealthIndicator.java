package org.nordpark.ingest.influx;

import org.influxdb.InfluxDB;
import org.influxdb.dto.Pong;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the InfluxDB side ({@code influx}): DOWN while InfluxDB does not answer a
 * ping or writes are being retried; details carry the backlog (readings in flight,
 * waiting for a batch, batches being written) and the retry state.
 */
final class InfluxHealthIndicator implements HealthIndicator {

	private final InfluxDB influx;

	private final InfluxProperties properties;

	private final BatchWriter writer;

	private final DatabaseSetup setup;

	InfluxHealthIndicator(InfluxDB influx, InfluxProperties properties, BatchWriter writer, DatabaseSetup setup) {
		this.influx = influx;
		this.properties = properties;
		this.writer = writer;
		this.setup = setup;
	}

	@Override
	public Health health() {
		WriterStatus status = this.writer.status();
		Health.Builder health = Health.up();
		try {
			Pong pong = this.influx.ping();
			health.withDetail("version", pong.getVersion());
		}
		catch (RuntimeException ex) {
			health = Health.down().withDetail("error", String.valueOf(ex.getMessage()));
		}
		if (status.isRetrying()) {
			health.down();
		}
		health.withDetail("url", this.properties.url().toString())
			.withDetail("database", this.properties.database())
			.withDetail("setupDone", this.setup.isDone() || !this.properties.setup())
			.withDetail("inFlight", this.writer.inFlight())
			.withDetail("maxInFlight", this.properties.maxInFlight())
			.withDetail("queued", this.writer.queued())
			.withDetail("writing", this.writer.writing())
			.withDetail("retrying", status.isRetrying())
			.withDetail("failuresInRow", status.consecutiveFailures());
		if (status.failingSince() != null) {
			health.withDetail("failingSince", status.failingSince().toString());
		}
		WriterStatus.Failure failure = status.lastFailure();
		if (failure != null) {
			health.withDetail("lastError", failure.error()).withDetail("lastErrorAt", failure.at().toString());
		}
		if (status.lastSuccess() != null) {
			health.withDetail("lastWriteAt", status.lastSuccess().toString());
		}
		return health.build();
	}

}
