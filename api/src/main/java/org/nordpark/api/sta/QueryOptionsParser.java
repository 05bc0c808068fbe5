package org.nordpark.api.sta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nordpark.api.sta.filter.Expr;
import org.nordpark.api.sta.filter.FilterException;
import org.nordpark.api.sta.filter.FilterParser;
import org.nordpark.api.system.problem.ProblemType;

/**
 * Parses the query options of a request: {@code $top}, {@code $skip}, {@code $count},
 * {@code $filter}, {@code $orderby}, {@code $select}, {@code $expand} (nested, with its
 * own options separated by {@code ;}) and {@code $resultFormat}.
 */
final class QueryOptionsParser {

	private QueryOptionsParser() {
	}

	/** Parses the request's {@code $} parameters; other parameters are ignored. */
	static QueryOptions parse(Map<String, String> parameters) {
		Map<String, String> options = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith("$")) {
				options.put(name, value);
			}
		});
		return options(options, "");
	}

	private static QueryOptions options(Map<String, String> options, String context) {
		Integer top = null;
		long skip = 0;
		boolean count = false;
		Expr filter = null;
		List<FilterParser.Order> orderBy = List.of();
		List<String> select = null;
		List<QueryOptions.Expand> expand = List.of();
		boolean dataArray = false;
		Long skipToken = null;
		for (Map.Entry<String, String> option : options.entrySet()) {
			String name = option.getKey();
			String value = option.getValue().trim();
			String label = context + name;
			switch (name) {
				case "$top" -> top = (int) Math.min(Integer.MAX_VALUE, number(label, value));
				case "$skip" -> skip = number(label, value);
				case "$count" -> {
					if (!value.equals("true") && !value.equals("false")) {
						throw StaException.badOption(label, label + " must be true or false, not '" + value + "'");
					}
					count = value.equals("true");
				}
				case "$filter" -> filter = expression(label, value, () -> FilterParser.parse(value));
				case "$orderby" -> orderBy = expression(label, value, () -> FilterParser.parseOrderBy(value));
				case "$select" -> select = select(label, value);
				case "$expand" -> expand = expand(label, value);
				case "$resultFormat", "$resultformat" -> {
					if (!value.equals("dataArray")) {
						throw StaException.badOption(label, label + " supports only dataArray, not '" + value + "'");
					}
					dataArray = true;
				}
				case "$skiptoken", "$skipToken" -> {
					if (!value.matches("-?\\d{1,19}")) {
						throw StaException.badOption(label, label + " is set by the server in @iot.nextLink; '" + value
								+ "' is not one of its tokens");
					}
					skipToken = Long.parseLong(value);
				}
				default -> throw StaException.badOption(label, "unknown query option " + label
						+ "; supported: $top, $skip, $count, $filter, $orderby, $select, $expand, $resultFormat");
			}
		}
		return new QueryOptions(top, skip, count, filter, orderBy, select, expand, dataArray, skipToken);
	}

	private static <T> T expression(String label, String value, java.util.function.Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (FilterException ex) {
			throw new StaException(ProblemType.INVALID_PARAMETER, label + ": " + ex.getMessage(), label, ex.position());
		}
	}

	private static long number(String label, String value) {
		try {
			long n = Long.parseLong(value);
			if (n < 0) {
				throw new NumberFormatException();
			}
			return n;
		}
		catch (NumberFormatException ex) {
			throw StaException.badOption(label, label + " must be a non-negative integer, not '" + value + "'");
		}
	}

	private static List<String> select(String label, String value) {
		List<String> names = new ArrayList<>();
		for (String part : split(label, value, ',')) {
			String name = part.trim();
			if (!name.matches("@?[A-Za-z][A-Za-z0-9_.]*")) {
				throw StaException.badOption(label, label + ": '" + name + "' is not a property name");
			}
			names.add(name.equals("@iot.id") ? "id" : name);
		}
		return List.copyOf(names);
	}

	private static List<QueryOptions.Expand> expand(String label, String value) {
		List<QueryOptions.Expand> items = new ArrayList<>();
		for (String part : split(label, value, ',')) {
			String item = part.trim();
			int open = item.indexOf('(');
			String path = (open < 0) ? item : item.substring(0, open).trim();
			QueryOptions options = QueryOptions.NONE;
			if (open >= 0) {
				if (!item.endsWith(")")) {
					throw StaException.badOption(label, label + ": ')' expected at the end of '" + item + "'");
				}
				Map<String, String> nested = new LinkedHashMap<>();
				for (String option : split(label, item.substring(open + 1, item.length() - 1), ';')) {
					int eq = option.indexOf('=');
					if (eq < 0) {
						throw StaException.badOption(label, label + ": '" + option.trim() + "' is not name=value");
					}
					nested.put(option.substring(0, eq).trim(), option.substring(eq + 1));
				}
				options = options(nested, label + "(" + path + ")/");
			}
			if (path.isEmpty()) {
				throw StaException.badOption(label, label + ": navigation property expected");
			}
			String[] segments = path.split("/");
			// Datastreams/Sensor is Datastreams($expand=Sensor)
			QueryOptions inner = options;
			for (int i = segments.length - 1; i > 0; i--) {
				inner = new QueryOptions(null, 0, false, null, List.of(), null,
						List.of(new QueryOptions.Expand(segments[i], inner)), false, null);
			}
			items.add(new QueryOptions.Expand(segments[0], inner));
		}
		return List.copyOf(items);
	}

	/** Splits at separators outside parentheses and quotes. */
	private static List<String> split(String label, String text, char separator) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '(') {
				depth++;
			}
			else if (!quoted && c == ')') {
				depth--;
				if (depth < 0) {
					throw new StaException(ProblemType.INVALID_PARAMETER,
							label + ": unbalanced ')' at position " + (i + 1), label, i + 1);
				}
			}
			else if (!quoted && depth == 0 && c == separator) {
				parts.add(text.substring(start, i));
				start = i + 1;
			}
		}
		if (depth != 0 || quoted) {
			throw new StaException(ProblemType.INVALID_PARAMETER,
					label + ": " + (quoted ? "string" : "'('") + " not closed", label, text.length() + 1);
		}
		parts.add(text.substring(start));
		return parts;
	}

}
