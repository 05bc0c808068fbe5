package org.nordpark.api.influx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBException;
import org.influxdb.dto.BoundParameterQuery;
import org.influxdb.dto.Query;
import org.influxdb.dto.QueryResult;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.system.problem.InfluxUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs read-only InfluxQL with bound parameters. The statement text must be built only
 * from constants and whitelisted identifiers; every request value goes in {@code params}
 * (referenced as {@code $name}). Times come back as epoch milliseconds. A database or
 * retention policy that does not exist yet reads as no data.
 */
@Component
public class InfluxReader {

	private static final Logger log = LoggerFactory.getLogger(InfluxReader.class);

	private static final String READ_CHECK = "SHOW RETENTION POLICIES";

	private final InfluxDB influx;

	private final String database;

	InfluxReader(InfluxDB influx, InfluxProperties properties) {
		this.influx = influx;
		this.database = properties.database();
	}

	/**
	 * Runs one or more statements (separated by {@code ;}) and returns the series of each
	 * statement in order.
	 */
	public List<List<InfluxSeries>> query(String influxQl, Map<String, ?> params) {
		BoundParameterQuery.QueryBuilder builder = BoundParameterQuery.QueryBuilder.newQuery(influxQl)
			.forDatabase(this.database);
		params.forEach(builder::bind);
		QueryResult result;
		try {
			result = this.influx.query(builder.create(), TimeUnit.MILLISECONDS);
		}
		catch (InfluxDBException ex) {
			throw new InfluxUnavailableException(ex.getMessage(), ex);
		}
		if (log.isTraceEnabled()) {
			log.trace("query [statement: {}, params: {}]", influxQl, params);
		}
		if (result.hasError()) {
			throw new InfluxUnavailableException("query failed: " + result.getError());
		}
		List<List<InfluxSeries>> statements = new ArrayList<>();
		for (QueryResult.Result statement : result.getResults()) {
			statements.add(series(statement));
		}
		return statements;
	}

	/** Runs one statement and returns its series. */
	public List<InfluxSeries> querySingle(String influxQl, Map<String, ?> params) {
		List<List<InfluxSeries>> statements = query(influxQl, params);
		return statements.isEmpty() ? List.of() : statements.get(0);
	}

	/**
	 * Runs a cheap statement that needs the configured credentials and read access to the
	 * database ({@code SHOW RETENTION POLICIES} with the database as the request's
	 * {@code db}; the statement text is constant). InfluxDB 1.x answers {@code /ping}
	 * without authentication, so a ping cannot tell a wrong password from a working
	 * connection; this can.
	 */
	public ReadCheck checkRead() {
		Query query = new Query(READ_CHECK, this.database);
		try {
			QueryResult result = this.influx.query(query);
			String error = result.hasError() ? result.getError() : firstError(result);
			return (error != null) ? ReadCheck.of(error) : ReadCheck.OK;
		}
		catch (InfluxDBException.AuthorizationFailedException ex) {
			return ReadCheck.UNAUTHENTICATED;
		}
		catch (RuntimeException ex) {
			// InfluxDBException, or InfluxDBIOException when the server cannot be reached
			return ReadCheck.of(String.valueOf(ex.getMessage()));
		}
	}

	public String database() {
		return this.database;
	}

	private static @Nullable String firstError(QueryResult result) {
		if (result.getResults() == null) {
			return null;
		}
		for (QueryResult.Result statement : result.getResults()) {
			if (statement.hasError()) {
				return statement.getError();
			}
		}
		return null;
	}

	private static List<InfluxSeries> series(QueryResult.Result statement) {
		if (statement.hasError()) {
			String error = statement.getError();
			if (isMissingStore(error)) {
				return List.of();
			}
			throw new IllegalStateException("InfluxDB rejected a query: " + error);
		}
		if (statement.getSeries() == null) {
			return List.of();
		}
		List<InfluxSeries> series = new ArrayList<>();
		for (QueryResult.Series s : statement.getSeries()) {
			Map<String, String> tags = (s.getTags() != null) ? s.getTags() : Map.of();
			List<List<@Nullable Object>> rows = (s.getValues() != null) ? s.getValues() : List.of();
			series.add(new InfluxSeries(Map.copyOf(tags), List.copyOf(s.getColumns()), rows));
		}
		return series;
	}

	private static boolean isMissingStore(@Nullable String error) {
		return error != null && (error.startsWith("database not found")
				|| error.startsWith("retention policy not found") || error.contains("retention policy not found"));
	}

}
