package org.nordpark.ingest.influx;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

import org.nordpark.model.InfluxSchema;
import org.nordpark.model.InfluxSchema.Measurement;

/**
 * The hourly rollup statements of one database, generated from
 * {@link InfluxSchema#rollups(Measurement)}: the continuous queries that keep
 * {@value InfluxSchema#RP_HOURLY} filled and the same {@code SELECT ... INTO} for an
 * explicit time range (back-filling).
 */
final class RollupQueries {

	private final String database;

	private final Duration every;

	private final Duration window;

	RollupQueries(String database, Duration every, Duration window) {
		this.database = database;
		this.every = every;
		this.window = window;
	}

	/** The name of a measurement's continuous query, e.g. {@code hourly_parking}. */
	static String name(Measurement measurement) {
		return InfluxSchema.RP_HOURLY + "_" + measurement.name();
	}

	/** The statement that creates a measurement's continuous query. */
	String createContinuousQuery(Measurement measurement) {
		return "CREATE CONTINUOUS QUERY " + InfluxQl.identifier(name(measurement)) + " ON "
				+ InfluxQl.identifier(this.database) + " RESAMPLE EVERY " + InfluxQl.duration(this.every) + " FOR "
				+ InfluxQl.duration(this.window) + " BEGIN " + selectInto(measurement, "") + " END";
	}

	/** The statement that drops a measurement's continuous query. */
	String dropContinuousQuery(Measurement measurement) {
		return "DROP CONTINUOUS QUERY " + InfluxQl.identifier(name(measurement)) + " ON "
				+ InfluxQl.identifier(this.database);
	}

	/** The rollup of a measurement for the hours in {@code [from, to)}. */
	String selectInto(Measurement measurement, Instant from, Instant to) {
		return selectInto(measurement, " WHERE time >= '" + from + "' AND time < '" + to + "'");
	}

	private String selectInto(Measurement measurement, String where) {
		String db = InfluxQl.identifier(this.database);
		String name = InfluxQl.identifier(measurement.name());
		String aggregates = InfluxSchema.rollups(measurement)
			.stream()
			.map((rollup) -> rollup.aggregate().function() + "(" + InfluxQl.identifier(rollup.source()) + ") AS "
					+ InfluxQl.identifier(rollup.target()))
			.collect(Collectors.joining(", "));
		return "SELECT " + aggregates + " INTO " + db + "." + InfluxQl.identifier(InfluxSchema.RP_HOURLY) + "." + name
				+ " FROM " + db + "." + InfluxQl.identifier(InfluxSchema.RP_RAW) + "." + name + where
				+ " GROUP BY time(1h), *";
	}

}
