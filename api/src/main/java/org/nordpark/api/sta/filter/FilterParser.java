package org.nordpark.api.sta.filter;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Recursive-descent parser of the SensorThings {@code $filter} and {@code $orderby}
 * syntax (OData precedence: {@code or} &lt; {@code and} &lt; {@code not} &lt; comparison
 * &lt; {@code add sub} &lt; {@code mul div mod} &lt; primary). Errors name the problem
 * and its position.
 */
public final class FilterParser {

	private static final Set<String> COMPARISONS = Set.of("eq", "ne", "gt", "ge", "lt", "le");

	private static final Set<String> RESERVED = Set.of("and", "or", "not", "eq", "ne", "gt", "ge", "lt", "le", "add",
			"sub", "mul", "div", "mod", "asc", "desc");

	/** The functions of SensorThings v1.1 (and OData's contains). */
	static final Set<String> FUNCTIONS = Set.of("substringof", "contains", "startswith", "endswith", "length",
			"indexof", "substring", "tolower", "toupper", "trim", "concat", "year", "month", "day", "hour", "minute",
			"second", "fractionalseconds", "date", "time", "totaloffsetminutes", "now", "mindatetime", "maxdatetime",
			"round", "floor", "ceiling", "geo.distance", "geo.length", "geo.intersects", "st_equals", "st_disjoint",
			"st_touches", "st_within", "st_overlaps", "st_crosses", "st_intersects", "st_contains", "st_relate");

	private static final Pattern DATE_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?");

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_@$][A-Za-z0-9_.@$]*");

	/**
	 * Most nested parentheses and calls accepted, so a hostile filter cannot exhaust the
	 * stack.
	 */
	private static final int MAX_DEPTH = 64;

	private final String text;

	private int index;

	private int depth;

	private FilterParser(String text) {
		this.text = text;
	}

	/** Parses a {@code $filter} expression. */
	public static Expr parse(String text) {
		FilterParser parser = new FilterParser(text);
		parser.skipSpace();
		if (parser.atEnd()) {
			throw new FilterException("empty expression", 1);
		}
		Expr expr = parser.or();
		parser.skipSpace();
		if (!parser.atEnd()) {
			throw parser.error("unexpected '" + parser.peekWord() + "'");
		}
		return expr;
	}

	/**
	 * Parses an {@code $orderby} list: expressions, each optionally followed by asc or
	 * desc.
	 */
	public static List<Order> parseOrderBy(String text) {
		FilterParser parser = new FilterParser(text);
		List<Order> orders = new ArrayList<>();
		do {
			parser.skipSpace();
			Expr expr = parser.additive();
			parser.skipSpace();
			boolean descending = false;
			String word = parser.peekWord().toLowerCase(Locale.ROOT);
			if (word.equals("asc") || word.equals("desc")) {
				descending = word.equals("desc");
				parser.index += word.length();
				parser.skipSpace();
			}
			orders.add(new Order(expr, descending));
		}
		while (parser.accept(','));
		parser.skipSpace();
		if (!parser.atEnd()) {
			throw parser.error("unexpected '" + parser.peekWord() + "', expected ',', asc or desc");
		}
		return orders;
	}

	private Expr or() {
		Expr left = and();
		while (keyword("or")) {
			int at = this.index - 1;
			left = new Expr.Binary("or", left, and(), at);
		}
		return left;
	}

	private Expr and() {
		Expr left = not();
		while (keyword("and")) {
			int at = this.index - 2;
			left = new Expr.Binary("and", left, not(), at);
		}
		return left;
	}

	private Expr not() {
		int at = position();
		if (keyword("not")) {
			return new Expr.Unary("not", nested(this::not), at);
		}
		return comparison();
	}

	private Expr comparison() {
		Expr left = additive();
		skipSpace();
		String word = peekWord().toLowerCase(Locale.ROOT);
		if (COMPARISONS.contains(word)) {
			int at = position();
			this.index += word.length();
			return new Expr.Binary(word, left, additive(), at);
		}
		return left;
	}

	private Expr additive() {
		Expr left = multiplicative();
		while (true) {
			skipSpace();
			String word = peekWord().toLowerCase(Locale.ROOT);
			if (!word.equals("add") && !word.equals("sub")) {
				return left;
			}
			int at = position();
			this.index += word.length();
			left = new Expr.Binary(word, left, multiplicative(), at);
		}
	}

	private Expr multiplicative() {
		Expr left = primary();
		while (true) {
			skipSpace();
			String word = peekWord().toLowerCase(Locale.ROOT);
			if (!word.equals("mul") && !word.equals("div") && !word.equals("mod")) {
				return left;
			}
			int at = position();
			this.index += word.length();
			left = new Expr.Binary(word, left, primary(), at);
		}
	}

	private Expr primary() {
		skipSpace();
		if (atEnd()) {
			throw error("expression expected but the filter ends");
		}
		int at = position();
		char c = this.text.charAt(this.index);
		if (c == '(') {
			this.index++;
			Expr inner = nested(this::or);
			skipSpace();
			expect(')');
			return inner;
		}
		if (c == '\'') {
			return new Expr.Literal(string(), at);
		}
		Matcher dateTime = DATE_TIME.matcher(this.text).region(this.index, this.text.length());
		if (Character.isDigit(c) && dateTime.lookingAt()) {
			this.index = dateTime.end();
			return new Expr.Literal(instant(dateTime.group(), at), at);
		}
		Matcher number = NUMBER.matcher(this.text).region(this.index, this.text.length());
		if ((Character.isDigit(c) || c == '-') && number.lookingAt()) {
			this.index = number.end();
			return new Expr.Literal(number(number.group(), at), at);
		}
		if (c == '-') {
			this.index++;
			return new Expr.Unary("-", primary(), at);
		}
		Matcher identifier = IDENTIFIER.matcher(this.text).region(this.index, this.text.length());
		if (!identifier.lookingAt()) {
			throw error("unexpected character '" + c + "'");
		}
		String name = identifier.group();
		this.index = identifier.end();
		String lower = name.toLowerCase(Locale.ROOT);
		if (!atEnd() && this.text.charAt(this.index) == '\'') {
			return typedLiteral(lower, at);
		}
		switch (lower) {
			case "true", "false" -> {
				return new Expr.Literal(Boolean.valueOf(lower), at);
			}
			case "null" -> {
				return new Expr.Literal(null, at);
			}
			default -> {
			}
		}
		if (RESERVED.contains(lower)) {
			throw new FilterException("operand expected, found the operator '" + name + "'", at);
		}
		skipSpace();
		if (!atEnd() && this.text.charAt(this.index) == '(') {
			if (!FUNCTIONS.contains(lower)) {
				throw new FilterException("unknown function '" + name + "'", at);
			}
			this.index++;
			return new Expr.Call(lower, nested(this::arguments), at);
		}
		List<String> segments = new ArrayList<>();
		segments.add(name);
		while (!atEnd() && this.text.charAt(this.index) == '/') {
			this.index++;
			Matcher next = IDENTIFIER.matcher(this.text).region(this.index, this.text.length());
			if (!next.lookingAt()) {
				throw error("property name expected after '/'");
			}
			segments.add(next.group());
			this.index = next.end();
		}
		return new Expr.Path(List.copyOf(segments), at);
	}

	private List<Expr> arguments() {
		List<Expr> arguments = new ArrayList<>();
		skipSpace();
		if (accept(')')) {
			return arguments;
		}
		do {
			arguments.add(or());
			skipSpace();
		}
		while (accept(','));
		expect(')');
		return arguments;
	}

	private Expr typedLiteral(String type, int at) {
		String value = string();
		return switch (type) {
			case "geography", "geometry" -> new Expr.Literal(geometry(value, at), at);
			case "duration" -> {
				try {
					yield new Expr.Literal(Duration.parse(value), at);
				}
				catch (DateTimeParseException ex) {
					throw new FilterException("'" + value + "' is not an ISO 8601 duration", at);
				}
			}
			default -> throw new FilterException("unknown literal type '" + type + "'", at);
		};
	}

	private static Object geometry(String wkt, int at) {
		try {
			return new WKTReader().read(wkt);
		}
		catch (ParseException | IllegalArgumentException ex) {
			throw new FilterException("'" + wkt + "' is not valid WKT: " + ex.getMessage(), at);
		}
	}

	private static Object number(String text, int at) {
		try {
			if (text.contains(".") || text.contains("e") || text.contains("E")) {
				double value = Double.parseDouble(text);
				if (!Double.isFinite(value)) {
					throw new NumberFormatException();
				}
				return value;
			}
			return Long.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw new FilterException("number '" + text + "' is out of range", at);
		}
	}

	private static Instant instant(String text, int at) {
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new FilterException("'" + text + "' is not a valid date or time", at);
		}
	}

	private String string() {
		int start = position();
		this.index++;
		StringBuilder out = new StringBuilder();
		while (!atEnd()) {
			char c = this.text.charAt(this.index++);
			if (c == '\'') {
				if (!atEnd() && this.text.charAt(this.index) == '\'') {
					out.append('\'');
					this.index++;
					continue;
				}
				return out.toString();
			}
			out.append(c);
		}
		throw new FilterException("string not closed", start);
	}

	private <T> T nested(java.util.function.Supplier<T> parse) {
		if (++this.depth > MAX_DEPTH) {
			throw new FilterException("expression nested more than " + MAX_DEPTH + " levels deep", this.index);
		}
		try {
			return parse.get();
		}
		finally {
			this.depth--;
		}
	}

	private boolean keyword(String word) {
		skipSpace();
		String next = peekWord();
		if (next.equalsIgnoreCase(word)) {
			this.index += word.length();
			return true;
		}
		return false;
	}

	private String peekWord() {
		if (atEnd()) {
			return "";
		}
		Matcher identifier = IDENTIFIER.matcher(this.text).region(this.index, this.text.length());
		if (identifier.lookingAt()) {
			return identifier.group();
		}
		return String.valueOf(this.text.charAt(this.index));
	}

	private boolean accept(char c) {
		skipSpace();
		if (!atEnd() && this.text.charAt(this.index) == c) {
			this.index++;
			return true;
		}
		return false;
	}

	private void expect(char c) {
		if (!accept(c)) {
			throw error(atEnd() ? "'" + c + "' expected but the expression ends" : "'" + c + "' expected");
		}
	}

	private void skipSpace() {
		while (!atEnd() && Character.isWhitespace(this.text.charAt(this.index))) {
			this.index++;
		}
	}

	private boolean atEnd() {
		return this.index >= this.text.length();
	}

	private int position() {
		return this.index + 1;
	}

	private FilterException error(String message) {
		return new FilterException(message, Math.min(position(), this.text.length() + 1));
	}

	/**
	 * One {@code $orderby} item.
	 *
	 * @param expression what to order by
	 * @param descending whether descending
	 */
	public record Order(Expr expression, boolean descending) {

	}

}
