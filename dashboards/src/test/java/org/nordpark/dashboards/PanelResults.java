package org.nordpark.dashboards;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nordpark.dashboards.Dashboards.Target;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.site.SiteManifest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a panel needs from its query's answer: series, each with rows, tagged by the
 * query's outer GROUP BY keys, with sensor and zone tags of the site, every value column
 * holding values, and numbers within the panel's min/max.
 */
final class PanelResults {

	private final Set<String> sensors = new HashSet<>();

	private final Set<String> zones = new HashSet<>();

	PanelResults(SiteManifest site) {
		site.sensors().forEach((sensor) -> this.sensors.add(sensor.devEui()));
		site.zones().forEach((zone) -> this.zones.add(zone.id()));
	}

	void check(Target target, JsonNode result, String scenario) {
		List<JsonNode> series = GrafanaQueries.series(result);
		String label = target + " [" + scenario + "]";
		assertThat(series).as("%s returns series", label).isNotEmpty();
		List<String> groupTags = groupByTags(target.query());
		JsonNode defaults = target.panel().json().path("fieldConfig").path("defaults");
		for (JsonNode one : series) {
			JsonNode tags = one.path("tags");
			for (String tag : groupTags) {
				assertThat(tags.path(tag).asString("")).as("%s series tagged %s", label, tag).isNotEmpty();
			}
			if (tags.has(InfluxSchema.TAG_SENSOR_ID)) {
				assertThat(this.sensors).as(label).contains(tags.path(InfluxSchema.TAG_SENSOR_ID).asString());
			}
			if (tags.has(InfluxSchema.TAG_ZONE)) {
				assertThat(this.zones).as(label).contains(tags.path(InfluxSchema.TAG_ZONE).asString());
			}
			JsonNode columns = one.path("columns");
			JsonNode rows = one.path("values");
			assertThat(rows.size()).as("%s rows", label).isPositive();
			for (int column = 1; column < columns.size(); column++) {
				String name = label + " column " + columns.path(column).asString();
				boolean hasValue = false;
				for (JsonNode row : rows) {
					JsonNode value = row.path(column);
					if (value.isNumber()) {
						hasValue = true;
						checkRange(name, value.asDouble(), defaults);
					}
					else if (value.isString() && !value.asString().isEmpty()) {
						hasValue = true;
					}
				}
				assertThat(hasValue).as("%s has values", name).isTrue();
			}
		}
	}

	private static void checkRange(String label, double value, JsonNode defaults) {
		if (defaults.path("min").isNumber()) {
			assertThat(value).as("%s >= panel min", label).isGreaterThanOrEqualTo(defaults.path("min").asDouble());
		}
		if (defaults.path("max").isNumber()) {
			assertThat(value).as("%s <= panel max", label).isLessThanOrEqualTo(defaults.path("max").asDouble());
		}
	}

	/** The tag keys of the outermost GROUP BY (the one outside all parentheses). */
	static List<String> groupByTags(String query) {
		int at = -1;
		int depth = 0;
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (depth == 0 && query.startsWith("GROUP BY ", i)) {
				at = i;
			}
		}
		List<String> tags = new ArrayList<>();
		if (at < 0) {
			return tags;
		}
		depth = 0;
		StringBuilder part = new StringBuilder();
		for (int i = at + "GROUP BY ".length(); i <= query.length(); i++) {
			char c = (i < query.length()) ? query.charAt(i) : ',';
			depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			if (depth == 0 && (c == ',' || c == ' ') && part.length() > 0) {
				String key = part.toString();
				if (key.startsWith("\"")) {
					tags.add(key.replace("\"", ""));
				}
				else if (!key.startsWith("time(")) {
					break;
				}
				part.setLength(0);
			}
			else if (!(c == ' ' && depth == 0)) {
				part.append(c);
			}
		}
		return tags;
	}

}
