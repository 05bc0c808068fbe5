package org.nordpark.dashboards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nordpark.dashboards.Dashboards.Dashboard;
import org.nordpark.dashboards.Dashboards.Target;
import org.nordpark.testsupport.InfluxServer;
import tools.jackson.databind.JsonNode;

/**
 * Runs dashboard queries against a database as Grafana would at a fixed "now": the
 * dashboard's default time range (or the panel's override), the panel's interval, and the
 * template variables resolved by running their own queries.
 */
final class GrafanaQueries {

	private final InfluxServer influx;

	private final String database;

	private final Instant now;

	GrafanaQueries(InfluxServer influx, String database, Instant now) {
		this.influx = influx;
		this.database = database;
		this.now = now;
	}

	/** Runs one panel query with the given variables and returns InfluxDB's answer. */
	JsonNode run(Dashboard dashboard, Target target, Map<String, VariableValue> variables) {
		TimeRange range = range(dashboard).overriddenBy(target.panel().timeFrom());
		int maxDataPoints = target.panel().json().path("maxDataPoints").asInt(GrafanaInterval.DEFAULT_MAX_DATA_POINTS);
		GrafanaInterval interval = GrafanaInterval.calculate(range, maxDataPoints, target.panel().minInterval());
		String query = GrafanaInfluxQl.expand(target.query(), variables, range, interval);
		try {
			return this.influx.query(this.database, query);
		}
		catch (IllegalStateException ex) {
			throw new AssertionError(target + " failed: " + query + "\n" + ex.getMessage(), ex);
		}
	}

	/**
	 * The dashboard's variables with their default selection ("All" for query variables,
	 * the current value of custom ones), query variables resolved by running their query.
	 */
	Map<String, VariableValue> variables(Dashboard dashboard) {
		Map<String, VariableValue> variables = new LinkedHashMap<>();
		TimeRange range = range(dashboard);
		GrafanaInterval interval = GrafanaInterval.calculate(range, GrafanaInterval.DEFAULT_MAX_DATA_POINTS, "");
		for (JsonNode variable : dashboard.variables()) {
			String name = variable.path("name").asString();
			switch (variable.path("type").asString()) {
				case "query" -> {
					String query = GrafanaInfluxQl.expand(variable.path("query").asString(), variables, range,
							interval);
					Set<String> values = new TreeSet<>();
					for (JsonNode series : series(this.influx.query(this.database, query))) {
						series.path("values").forEach((row) -> values.add(row.path(1).asString()));
					}
					boolean includeAll = variable.path("includeAll").asBoolean();
					variables.put(name, new VariableValue(name, List.copyOf(values), includeAll,
							variable.path("allValue").asString(null), variable.path("multi").asBoolean(), includeAll));
				}
				case "custom" ->
					variables.put(name, VariableValue.single(name, variable.path("current").path("value").asString()));
				case "constant" -> variables.put(name, VariableValue.single(name, variable.path("query").asString()));
				default -> throw new AssertionError("variable type not covered: " + variable);
			}
		}
		return variables;
	}

	TimeRange range(Dashboard dashboard) {
		JsonNode time = dashboard.json().path("time");
		return TimeRange.of(time.path("from").asString(), time.path("to").asString(), this.now);
	}

	/** The series of the first statement's result. */
	static List<JsonNode> series(JsonNode result) {
		List<JsonNode> series = new ArrayList<>();
		result.path("results").path(0).path("series").forEach(series::add);
		return series;
	}

}
