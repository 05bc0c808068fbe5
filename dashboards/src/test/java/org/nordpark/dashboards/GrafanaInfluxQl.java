package org.nordpark.dashboards;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands an InfluxQL panel or variable query the way Grafana does before sending it to
 * InfluxDB: the time macros ({@code $timeFilter}, {@code $__timeFilter}), the interval
 * macros ({@code $__interval}, {@code $interval}, {@code $__interval_ms}), the range
 * macros ({@code $__from}, {@code $__to}, {@code $__range_s}) and template variables in
 * all three syntaxes ({@code $var}, {@code ${var}}, {@code ${var:format}},
 * {@code [[var]]}), formatted as Grafana's InfluxDB datasource formats them: a
 * multi-value or include-all variable is regex-escaped, several values become
 * {@code (a|b)}, "All" with a custom all value becomes that value unescaped, a
 * single-value variable is escaped only inside a {@code /regex/}.
 */
final class GrafanaInfluxQl {

	private static final Pattern VARIABLE = Pattern
		.compile("\\$(\\w+)|\\[\\[(\\w+?)(?::(\\w+))?]]|\\$\\{(\\w+)(?::([^}]+))?}");

	private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\^$*+?.()|\\[\\]{}/]");

	private GrafanaInfluxQl() {
	}

	/**
	 * The query as InfluxDB receives it.
	 * @param query the query text from the dashboard
	 * @param variables template variables by name
	 * @param range the panel's time range
	 * @param interval the panel's interval
	 * @return the expanded query
	 * @throws IllegalArgumentException if the query uses an unknown variable
	 */
	static String expand(String query, Map<String, VariableValue> variables, TimeRange range,
			GrafanaInterval interval) {
		Matcher matcher = VARIABLE.matcher(query);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = first(matcher.group(1), matcher.group(2), matcher.group(4));
			String format = first(matcher.group(3), matcher.group(5), "");
			String value = switch (name) {
				case "timeFilter", "__timeFilter" ->
					"time >= " + range.from().toEpochMilli() + "ms and time <= " + range.to().toEpochMilli() + "ms";
				case "__interval", "interval" -> interval.text();
				case "__interval_ms" -> Long.toString(interval.millis());
				case "__from" -> Long.toString(range.from().toEpochMilli());
				case "__to" -> Long.toString(range.to().toEpochMilli());
				case "__range_s" -> Long.toString(range.length().toSeconds());
				case "__range_ms" -> Long.toString(range.length().toMillis());
				default -> format(variable(variables, name, query), format, insideRegex(query, matcher.start()));
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static VariableValue variable(Map<String, VariableValue> variables, String name, String query) {
		VariableValue variable = variables.get(name);
		if (variable == null) {
			throw new IllegalArgumentException("unknown variable $" + name + " in: " + query);
		}
		return variable;
	}

	static String format(VariableValue variable, String format, boolean inRegex) {
		if (variable.all() && variable.allValue() != null) {
			return variable.allValue();
		}
		List<String> values = variable.values();
		if (format.equals("raw")) {
			return String.join(",", values);
		}
		if (!format.isEmpty() && !format.equals("regex")) {
			throw new IllegalArgumentException("format not supported by this test: " + format);
		}
		if (values.size() == 1 && isNumber(values.get(0))) {
			return values.get(0);
		}
		if (variable.multi() || variable.includeAll() || format.equals("regex")) {
			List<String> escaped = values.stream().map(GrafanaInfluxQl::escapeRegex).toList();
			return (escaped.size() == 1) ? escaped.get(0) : "(" + String.join("|", escaped) + ")";
		}
		return inRegex ? escapeRegex(values.get(0)) : values.get(0);
	}

	static String escapeRegex(String value) {
		return REGEX_SPECIAL.matcher(value).replaceAll((match) -> Matcher.quoteReplacement("\\" + match.group()));
	}

	/** Whether the position is inside a {@code =~ /.../} or {@code !~ /.../} literal. */
	private static boolean insideRegex(String query, int position) {
		String before = query.substring(0, position);
		int start = Math.max(before.lastIndexOf("=~ /"), before.lastIndexOf("!~ /"));
		return start >= 0 && before.indexOf('/', start + 4) < 0;
	}

	private static boolean isNumber(String value) {
		try {
			Double.parseDouble(value);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static String first(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null) {
				return candidate;
			}
		}
		return "";
	}

}
