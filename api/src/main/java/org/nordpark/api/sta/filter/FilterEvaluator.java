package org.nordpark.api.sta.filter;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * Evaluates a parsed {@code $filter} against one entity. Comparisons with null are false
 * (except {@code eq null}/{@code ne null}); numbers compare numerically, times as
 * instants, strings by code point.
 */
public final class FilterEvaluator {

	private FilterEvaluator() {
	}

	/** Looks up property paths of the entity under test. */
	@FunctionalInterface
	public interface Resolver {

		/**
		 * The value of a path: a string, number, boolean, {@link Instant}, interval
		 * ({@link Interval}), GeoJSON map, other JSON value or null.
		 * @throws FilterException if the path names no property
		 */
		@Nullable Object resolve(Expr.Path path);

	}

	/** A time interval property such as a Datastream's phenomenonTime. */
	public interface Interval {

		Instant start();

		Instant end();

	}

	/** Whether the entity matches; anything but {@code true} does not. */
	public static boolean matches(Expr filter, Resolver resolver) {
		return Boolean.TRUE.equals(value(filter, resolver));
	}

	/** The value of an expression for the entity. */
	public static @Nullable Object value(Expr expr, Resolver resolver) {
		if (expr instanceof Expr.Literal literal) {
			return literal.value();
		}
		if (expr instanceof Expr.Path path) {
			return resolver.resolve(path);
		}
		if (expr instanceof Expr.Unary unary) {
			return unary(unary, resolver);
		}
		if (expr instanceof Expr.Binary binary) {
			return binary(binary, resolver);
		}
		return Functions.call((Expr.Call) expr, resolver);
	}

	private static @Nullable Object unary(Expr.Unary unary, Resolver resolver) {
		Object value = value(unary.operand(), resolver);
		if (unary.operator().equals("not")) {
			return (value instanceof Boolean b) ? !b : null;
		}
		if (value == null) {
			return null;
		}
		if (value instanceof Long l) {
			return -l;
		}
		if (value instanceof Number n) {
			return -n.doubleValue();
		}
		throw new FilterException("'-' needs a number", unary.position());
	}

	private static @Nullable Object binary(Expr.Binary binary, Resolver resolver) {
		String op = binary.operator();
		if (op.equals("and")) {
			Object left = value(binary.left(), resolver);
			if (Boolean.FALSE.equals(left)) {
				return false;
			}
			Object right = value(binary.right(), resolver);
			return Boolean.TRUE.equals(left) && Boolean.TRUE.equals(right);
		}
		if (op.equals("or")) {
			Object left = value(binary.left(), resolver);
			if (Boolean.TRUE.equals(left)) {
				return true;
			}
			return Boolean.TRUE.equals(value(binary.right(), resolver));
		}
		Object left = value(binary.left(), resolver);
		Object right = value(binary.right(), resolver);
		return switch (op) {
			case "eq", "ne", "gt", "ge", "lt", "le" -> compare(op, left, right, binary.position());
			default -> arithmetic(op, left, right, binary.position());
		};
	}

	static @Nullable Object arithmetic(String op, @Nullable Object left, @Nullable Object right, int position) {
		if (left == null || right == null) {
			return null;
		}
		if (left instanceof Instant t && right instanceof Duration d && (op.equals("add") || op.equals("sub"))) {
			return op.equals("add") ? t.plus(d) : t.minus(d);
		}
		if (left instanceof Instant a && right instanceof Instant b && op.equals("sub")) {
			return Duration.between(b, a);
		}
		if (!(left instanceof Number a) || !(right instanceof Number b)) {
			throw new FilterException("'" + op + "' needs numbers", position);
		}
		if (a instanceof Long x && b instanceof Long y && !op.equals("div")) {
			return switch (op) {
				case "add" -> x + y;
				case "sub" -> x - y;
				case "mul" -> x * y;
				default -> (y == 0) ? null : x % y;
			};
		}
		double x = a.doubleValue();
		double y = b.doubleValue();
		return switch (op) {
			case "add" -> x + y;
			case "sub" -> x - y;
			case "mul" -> x * y;
			case "div" -> (y == 0) ? null : x / y;
			default -> (y == 0) ? null : x % y;
		};
	}

	static Boolean compare(String op, @Nullable Object left, @Nullable Object right, int position) {
		if (left == null || right == null) {
			boolean same = left == null && right == null;
			return switch (op) {
				case "eq" -> same;
				case "ne" -> !same;
				default -> false;
			};
		}
		if (left instanceof Interval interval && !(right instanceof Interval)) {
			return compareInterval(op, interval, right, position, false);
		}
		if (right instanceof Interval interval && !(left instanceof Interval)) {
			return compareInterval(op, interval, left, position, true);
		}
		int c = order(left, right, position);
		return switch (op) {
			case "eq" -> c == 0;
			case "ne" -> c != 0;
			case "gt" -> c > 0;
			case "ge" -> c >= 0;
			case "lt" -> c < 0;
			default -> c <= 0;
		};
	}

	/**
	 * An interval is before a time when it ends before it, after when it starts after it.
	 */
	private static Boolean compareInterval(String op, Interval interval, Object other, int position, boolean swapped) {
		Instant time = instant(other, position);
		String effective = swapped ? swap(op) : op;
		return switch (effective) {
			case "eq" -> interval.start().equals(time) && interval.end().equals(time);
			case "ne" -> !(interval.start().equals(time) && interval.end().equals(time));
			case "gt" -> interval.start().isAfter(time);
			case "ge" -> !interval.start().isBefore(time);
			case "lt" -> interval.end().isBefore(time);
			default -> !interval.end().isAfter(time);
		};
	}

	private static String swap(String op) {
		return switch (op) {
			case "gt" -> "lt";
			case "ge" -> "le";
			case "lt" -> "gt";
			case "le" -> "ge";
			default -> op;
		};
	}

	/** Orders two non-null values of comparable types. */
	public static int order(Object left, Object right, int position) {
		if (left instanceof Number a && right instanceof Number b) {
			if (a instanceof Long x && b instanceof Long y) {
				return Long.compare(x, y);
			}
			return Double.compare(a.doubleValue(), b.doubleValue());
		}
		if (left instanceof Instant || right instanceof Instant) {
			return instant(left, position).compareTo(instant(right, position));
		}
		if (left instanceof String a && right instanceof String b) {
			return a.compareTo(b);
		}
		if (left instanceof Boolean a && right instanceof Boolean b) {
			return Boolean.compare(a, b);
		}
		if (left instanceof Duration a && right instanceof Duration b) {
			return a.compareTo(b);
		}
		if (left instanceof Geometry || right instanceof Geometry || left instanceof Map || right instanceof Map) {
			Geometry a = Functions.geometry(left, position);
			Geometry b = Functions.geometry(right, position);
			return a.equalsTopo(b) ? 0 : Integer.compare(a.hashCode(), b.hashCode());
		}
		if (left instanceof List || right instanceof List || left instanceof Map || right instanceof Map) {
			throw new FilterException("cannot compare a structured value", position);
		}
		throw new FilterException("cannot compare " + typeName(left) + " with " + typeName(right), position);
	}

	static Instant instant(@Nullable Object value, int position) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof Interval interval) {
			return interval.start();
		}
		if (value instanceof String text) {
			try {
				return ZonedDateTime.parse(text).toInstant();
			}
			catch (RuntimeException ex) {
				throw new FilterException("'" + text + "' is not a time", position);
			}
		}
		throw new FilterException("a time is needed, not " + typeName(value), position);
	}

	static String typeName(@Nullable Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Number) {
			return "a number";
		}
		if (value instanceof String) {
			return "a string";
		}
		if (value instanceof Instant) {
			return "a time";
		}
		if (value instanceof Boolean) {
			return "a boolean";
		}
		if (value instanceof Geometry) {
			return "a geometry";
		}
		return value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
	}

	static ZonedDateTime utc(Instant instant) {
		return instant.atZone(ZoneOffset.UTC);
	}

}
