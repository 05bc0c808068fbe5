package org.nordpark.dashboards;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nordpark.model.InfluxSchema;
import org.nordpark.model.InfluxSchema.Measurement;

/**
 * Checks the names an InfluxQL query uses against {@link InfluxSchema}: every
 * {@code "rp"."measurement"} names a known retention policy and measurement, and every
 * other double-quoted identifier is a tag of such a measurement, an alias the query
 * defines, or a field that exists in that retention policy (raw fields in {@code raw},
 * the rollup targets of {@link InfluxSchema#rollups(Measurement)} in {@code hourly}, both
 * when the query reads {@code "$rp"}). Function arguments must be quoted so that nothing
 * escapes the check.
 */
final class SchemaReferences {

	private static final Pattern FROM_RP = Pattern.compile("FROM \"([^\"]+)\"\\.\"([^\"]+)\"");

	private static final Pattern FROM_SHOW = Pattern
		.compile("SHOW TAG VALUES FROM (?:\"([^\"]+)\"|/\\^\\(([^)]+)\\)\\$/)");

	private static final Pattern ALIAS = Pattern.compile("AS \"([^\"]+)\"");

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

	private static final Pattern BARE_ARGUMENT = Pattern.compile("\\b(\\w+)\\(\\s*([A-Za-z_]\\w*)\\s*[,)]");

	private static final Set<String> FUNCTIONS = Set.of("mean", "sum", "count", "last", "first", "max", "min", "median",
			"percentile", "elapsed", "derivative", "non_negative_derivative", "difference", "cumulative_sum",
			"moving_average", "pow", "log10", "time", "fill", "tz", "spread", "stddev");

	private SchemaReferences() {
	}

	/** The problems found in a query; empty when every name exists. */
	static List<String> problems(String query) {
		List<String> problems = new ArrayList<>();
		Set<String> allowed = new HashSet<>();
		Set<String> fields = new LinkedHashSet<>();
		allowed.add(InfluxSchema.RP_RAW);
		allowed.add(InfluxSchema.RP_HOURLY);
		allowed.add("$rp");
		Matcher from = FROM_RP.matcher(query);
		while (from.find()) {
			String rp = from.group(1);
			Measurement measurement = InfluxSchema.measurement(from.group(2)).orElse(null);
			if (measurement == null) {
				problems.add("unknown measurement " + from.group(2));
				continue;
			}
			if (!Set.of(InfluxSchema.RP_RAW, InfluxSchema.RP_HOURLY, "$rp").contains(rp)) {
				problems.add("unknown retention policy " + rp);
			}
			allowed.add(measurement.name());
			allowed.addAll(measurement.tags());
			fields.addAll(fields(measurement, rp));
		}
		Matcher show = FROM_SHOW.matcher(query);
		while (show.find()) {
			String names = (show.group(1) != null) ? show.group(1) : show.group(2);
			for (String name : names.split("\\|")) {
				InfluxSchema.measurement(name).ifPresentOrElse((m) -> {
					allowed.add(m.name());
					allowed.addAll(m.tags());
				}, () -> problems.add("unknown measurement " + name));
			}
		}
		Matcher alias = ALIAS.matcher(query);
		while (alias.find()) {
			allowed.add(alias.group(1));
		}
		allowed.addAll(fields);
		Matcher quoted = QUOTED.matcher(query);
		while (quoted.find()) {
			if (!allowed.contains(quoted.group(1))) {
				problems
					.add("\"" + quoted.group(1) + "\" is neither a tag, an alias nor a field of " + (fields.isEmpty()
							? "any measurement read" : "the measurements read in that retention policy"));
			}
		}
		Matcher bare = BARE_ARGUMENT.matcher(query);
		while (bare.find()) {
			if (!FUNCTIONS.contains(bare.group(2)) && !bare.group(1).equals("fill")) {
				problems.add("unquoted argument " + bare.group(2) + " of " + bare.group(1) + "(): quote identifiers");
			}
		}
		return problems;
	}

	/** The fields a query can read from a measurement in a retention policy. */
	static Set<String> fields(Measurement measurement, String rp) {
		Set<String> raw = measurement.fields().keySet();
		Set<String> hourly = new LinkedHashSet<>();
		InfluxSchema.rollups(measurement).forEach((rollup) -> hourly.add(rollup.target()));
		return switch (rp) {
			case InfluxSchema.RP_RAW -> raw;
			case InfluxSchema.RP_HOURLY -> hourly;
			default -> {
				Set<String> both = new LinkedHashSet<>(raw);
				both.retainAll(hourly);
				yield both;
			}
		};
	}

}
