package org.nordpark.ingest.influx;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.nordpark.model.InfluxSchema;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How ingest reaches InfluxDB and writes to it.
 *
 * @param url base URL of the InfluxDB v1 HTTP API
 * @param database database name
 * @param username user name, empty when authentication is off
 * @param password password, from {@code NORDPARK_INFLUX_PASSWORD}; never logged
 * @param setup whether to create the database, retention policies and continuous queries
 * on start (needs admin rights)
 * @param rawRetention how long raw points are kept; 0 keeps them forever
 * @param hourlyRetention how long hourly rollups are kept; 0 keeps them forever
 * @param rollupEvery how often the continuous queries refresh the hourly rollups
 * @param rollupWindow how far back each refresh recomputes, at least 1h; late points
 * within it are rolled up
 * @param lateRollupEvery how often hours that received points older than the rollup
 * window (a backfill, a backlog after an outage) are rolled up again
 * @param batchSize points per write request (a batch is closed at this size)
 * @param batchMaxAge longest time a reading waits for its batch to fill
 * @param maxInFlight readings held in memory until written; the MQTT callback waits when
 * this many are pending
 * @param writeConcurrency write requests sent in parallel
 * @param timeout connect, read and write timeout of one HTTP request
 * @param gzip whether write requests are gzip-compressed
 * @param retryMinBackoff first delay after a failed write
 * @param retryMaxBackoff longest delay between retries (exponential with jitter in
 * between)
 */
@ConfigurationProperties("nordpark.influx")
@Validated
public record InfluxProperties(@DefaultValue("http://localhost:8086") URI url,
		@DefaultValue(InfluxSchema.DATABASE) @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String database,
		@Nullable String username, @Nullable String password, @DefaultValue("true") boolean setup,
		@DefaultValue("30d") Duration rawRetention, @DefaultValue("0") Duration hourlyRetention,
		@DefaultValue("15m") Duration rollupEvery, @DefaultValue("2h") Duration rollupWindow,
		@DefaultValue("30s") Duration lateRollupEvery, @DefaultValue("5000") @Min(1) @Max(1_000_000) int batchSize,
		@DefaultValue("100ms") Duration batchMaxAge, @DefaultValue("20000") @Min(1) int maxInFlight,
		@DefaultValue("2") @Min(1) @Max(64) int writeConcurrency, @DefaultValue("10s") Duration timeout,
		@DefaultValue("true") boolean gzip, @DefaultValue("200ms") Duration retryMinBackoff,
		@DefaultValue("10s") Duration retryMaxBackoff) {

	public InfluxProperties {
		if (!rawRetention.isZero() && rawRetention.compareTo(Duration.ofHours(1)) < 0) {
			throw new IllegalArgumentException("nordpark.influx.raw-retention must be 0 (forever) or at least 1h");
		}
		if (!hourlyRetention.isZero() && hourlyRetention.compareTo(Duration.ofHours(1)) < 0) {
			throw new IllegalArgumentException("nordpark.influx.hourly-retention must be 0 (forever) or at least 1h");
		}
		if (rollupWindow.compareTo(Duration.ofHours(1)) < 0) {
			throw new IllegalArgumentException("nordpark.influx.rollup-window must be at least 1h");
		}
		if (rollupEvery.toSeconds() < 1) {
			throw new IllegalArgumentException("nordpark.influx.rollup-every must be at least 1s");
		}
		if (lateRollupEvery.toSeconds() < 1) {
			throw new IllegalArgumentException("nordpark.influx.late-rollup-every must be at least 1s");
		}
		if (retryMaxBackoff.compareTo(retryMinBackoff) < 0) {
			throw new IllegalArgumentException(
					"nordpark.influx.retry-max-backoff must not be shorter than retry-min-backoff");
		}
	}

	/** Whether a user name is configured. */
	public boolean hasCredentials() {
		return this.username != null && !this.username.isBlank();
	}

	@Override
	public String toString() {
		return "InfluxProperties[url=" + this.url + ", database=" + this.database + ", username=" + this.username
				+ ", password=" + ((this.password != null) ? "******" : "null") + ", batchSize=" + this.batchSize
				+ ", batchMaxAge=" + this.batchMaxAge + ", maxInFlight=" + this.maxInFlight + "]";
	}

}
