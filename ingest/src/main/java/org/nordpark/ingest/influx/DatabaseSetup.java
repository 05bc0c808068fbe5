package org.nordpark.ingest.influx;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.influxdb.InfluxDB;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;
import org.jspecify.annotations.Nullable;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.InfluxSchema.Measurement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the database, the retention policies {@value InfluxSchema#RP_RAW} (default) and
 * {@value InfluxSchema#RP_HOURLY}, and one hourly continuous query per measurement.
 * Idempotent: existing policies are altered to the configured durations and changed
 * continuous queries are replaced.
 * <p>
 * Creating the database and its retention policies needs an admin; the continuous queries
 * and the late rollups need only read and write on the database. So a deployment may
 * create the database and policies with its admin and run ingest as a user with
 * {@code ALL} on this one database: statements whose result is already there are not
 * sent.
 */
final class DatabaseSetup {

	private static final Logger log = LoggerFactory.getLogger(DatabaseSetup.class);

	private final InfluxDB influx;

	private final InfluxProperties properties;

	private final RollupQueries rollups;

	private final AtomicBoolean done = new AtomicBoolean();

	DatabaseSetup(InfluxDB influx, InfluxProperties properties) {
		this.influx = influx;
		this.properties = properties;
		this.rollups = new RollupQueries(properties.database(), properties.rollupEvery(), properties.rollupWindow());
	}

	/** The rollup statements of the configured database. */
	RollupQueries rollups() {
		return this.rollups;
	}

	/** Whether set-up has completed since start or since {@link #invalidate()}. */
	boolean isDone() {
		return this.done.get();
	}

	/** Forgets that set-up was done, e.g. after InfluxDB said the database is missing. */
	void invalidate() {
		this.done.set(false);
	}

	/**
	 * Runs the set-up unless it is done or switched off.
	 * @throws RuntimeException when InfluxDB cannot be reached or refuses a statement
	 */
	synchronized void ensure() {
		if (this.done.get() || !this.properties.setup()) {
			return;
		}
		String db = InfluxQl.identifier(this.properties.database());
		if (!databaseExists()) {
			execute("CREATE DATABASE " + db);
		}
		ensureRetentionPolicy(InfluxSchema.RP_RAW, this.properties.rawRetention(), true);
		ensureRetentionPolicy(InfluxSchema.RP_HOURLY, this.properties.hourlyRetention(), false);
		for (Measurement measurement : InfluxSchema.rolledUp()) {
			ensureContinuousQuery(measurement);
		}
		this.done.set(true);
		log.info("database ready [url: {}, database: {}, raw retention: {}, hourly retention: {}]",
				this.properties.url(), this.properties.database(), InfluxQl.duration(this.properties.rawRetention()),
				InfluxQl.duration(this.properties.hourlyRetention()));
	}

	private boolean databaseExists() {
		// lists only the databases the user has privileges on
		List<QueryResult.Series> series = execute("SHOW DATABASES").getResults().get(0).getSeries();
		return series != null && series.get(0).getValues() != null
				&& series.get(0).getValues().stream().anyMatch((row) -> this.properties.database().equals(row.get(0)));
	}

	private void ensureRetentionPolicy(String name, Duration duration, boolean isDefault) {
		String target = InfluxQl.identifier(name) + " ON " + InfluxQl.identifier(this.properties.database())
				+ " DURATION " + InfluxQl.duration(duration);
		List<Object> existing = retentionPolicy(name);
		if (existing == null) {
			execute("CREATE RETENTION POLICY " + target + " REPLICATION 1" + (isDefault ? " DEFAULT" : ""));
			return;
		}
		Duration shown = InfluxQl.parseShown(String.valueOf(existing.get(1)));
		boolean wasDefault = Boolean.TRUE.equals(existing.get(4));
		if (!shown.equals(Duration.ofSeconds(duration.toSeconds())) || (isDefault && !wasDefault)) {
			execute("ALTER RETENTION POLICY " + target + (isDefault ? " DEFAULT" : ""));
			log.info("altered retention policy [name: {}, duration: {}]", name, InfluxQl.duration(duration));
		}
	}

	private @Nullable List<Object> retentionPolicy(String name) {
		QueryResult result = execute("SHOW RETENTION POLICIES ON " + InfluxQl.identifier(this.properties.database()));
		List<QueryResult.Series> series = result.getResults().get(0).getSeries();
		if (series == null) {
			return null;
		}
		// columns: name, duration, shardGroupDuration, replicaN, default
		return series.get(0).getValues().stream().filter((row) -> name.equals(row.get(0))).findFirst().orElse(null);
	}

	private void ensureContinuousQuery(Measurement measurement) {
		String create = this.rollups.createContinuousQuery(measurement);
		QueryResult result = query(create);
		String error = error(result);
		if (error == null) {
			return;
		}
		if (!error.contains("already exists")) {
			throw new IllegalStateException("InfluxDB refused '" + create + "': " + error);
		}
		// same name, different statement: replace it
		execute(this.rollups.dropContinuousQuery(measurement));
		execute(create);
		log.info("replaced continuous query [name: {}]", RollupQueries.name(measurement));
	}

	private QueryResult execute(String statement) {
		QueryResult result = query(statement);
		String error = error(result);
		if (error != null) {
			throw new IllegalStateException("InfluxDB refused '" + statement + "': " + error);
		}
		return result;
	}

	private QueryResult query(String statement) {
		return this.influx.query(new Query(statement, null, true));
	}

	private static @Nullable String error(QueryResult result) {
		if (result.hasError()) {
			return result.getError();
		}
		return (result.getResults() != null) ? result.getResults()
			.stream()
			.filter(QueryResult.Result::hasError)
			.map(QueryResult.Result::getError)
			.findFirst()
			.orElse(null) : null;
	}

}
