package org.nordpark.api.sta.filter;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The SensorThings {@code $filter} functions: string, date/time, math and geospatial
 * (geometry from JTS; GeoJSON properties are converted to JTS geometries).
 */
final class Functions {

	private static final GeometryFactory GEOMETRIES = new GeometryFactory();

	private Functions() {
	}

	static @Nullable Object call(Expr.Call call, FilterEvaluator.Resolver resolver) {
		List<@Nullable Object> args = new ArrayList<>();
		for (Expr argument : call.arguments()) {
			args.add(FilterEvaluator.value(argument, resolver));
		}
		int at = call.position();
		String name = call.name();
		switch (name) {
			case "now":
				arity(call, 0);
				return Instant.now();
			case "mindatetime":
				arity(call, 0);
				return Instant.parse("0001-01-01T00:00:00Z");
			case "maxdatetime":
				arity(call, 0);
				return Instant.parse("9999-12-31T23:59:59.999Z");
			default:
				break;
		}
		if (args.contains(null)) {
			arity(call, arityOf(name, call));
			return null;
		}
		return switch (name) {
			case "substringof" -> {
				arity(call, 2);
				yield text(args.get(1), at).contains(text(args.get(0), at));
			}
			case "contains" -> {
				arity(call, 2);
				yield text(args.get(0), at).contains(text(args.get(1), at));
			}
			case "startswith" -> {
				arity(call, 2);
				yield text(args.get(0), at).startsWith(text(args.get(1), at));
			}
			case "endswith" -> {
				arity(call, 2);
				yield text(args.get(0), at).endsWith(text(args.get(1), at));
			}
			case "length" -> {
				arity(call, 1);
				yield (long) text(args.get(0), at).length();
			}
			case "indexof" -> {
				arity(call, 2);
				yield (long) text(args.get(0), at).indexOf(text(args.get(1), at));
			}
			case "substring" -> substring(call, args);
			case "tolower" -> {
				arity(call, 1);
				yield text(args.get(0), at).toLowerCase(Locale.ROOT);
			}
			case "toupper" -> {
				arity(call, 1);
				yield text(args.get(0), at).toUpperCase(Locale.ROOT);
			}
			case "trim" -> {
				arity(call, 1);
				yield text(args.get(0), at).trim();
			}
			case "concat" -> {
				arity(call, 2);
				yield text(args.get(0), at) + text(args.get(1), at);
			}
			case "year", "month", "day", "hour", "minute", "second", "fractionalseconds", "date", "time",
					"totaloffsetminutes" ->
				dateTime(call, args);
			case "round", "floor", "ceiling" -> math(call, args);
			case "geo.distance", "geo.length", "geo.intersects", "st_equals", "st_disjoint", "st_touches", "st_within",
					"st_overlaps", "st_crosses", "st_intersects", "st_contains", "st_relate" ->
				geo(call, args);
			default -> throw new FilterException("unknown function '" + name + "'", at);
		};
	}

	private static int arityOf(String name, Expr.Call call) {
		return switch (name) {
			case "length", "tolower", "toupper", "trim", "year", "month", "day", "hour", "minute", "second",
					"fractionalseconds", "date", "time", "totaloffsetminutes", "round", "floor", "ceiling",
					"geo.length" ->
				1;
			case "st_relate" -> 3;
			case "substring" -> call.arguments().size();
			default -> 2;
		};
	}

	private static Object substring(Expr.Call call, List<@Nullable Object> args) {
		if (args.size() != 2 && args.size() != 3) {
			throw new FilterException("substring takes 2 or 3 arguments, not " + args.size(), call.position());
		}
		String text = text(args.get(0), call.position());
		int start = (int) Math.max(0, Math.min(text.length(), integer(args.get(1), call.position())));
		if (args.size() == 2) {
			return text.substring(start);
		}
		int length = (int) Math.max(0, integer(args.get(2), call.position()));
		return text.substring(start, Math.min(text.length(), start + length));
	}

	private static Object dateTime(Expr.Call call, List<@Nullable Object> args) {
		arity(call, 1);
		Instant instant = FilterEvaluator.instant(args.get(0), call.position());
		ZonedDateTime t = FilterEvaluator.utc(instant);
		return switch (call.name()) {
			case "year" -> (long) t.getYear();
			case "month" -> (long) t.getMonthValue();
			case "day" -> (long) t.getDayOfMonth();
			case "hour" -> (long) t.getHour();
			case "minute" -> (long) t.getMinute();
			case "second" -> (long) t.getSecond();
			case "fractionalseconds" -> t.getNano() / 1e9;
			case "date" -> t.toLocalDate().toString();
			case "time" -> t.toLocalTime().toString();
			default -> 0L;
		};
	}

	private static Object math(Expr.Call call, List<@Nullable Object> args) {
		arity(call, 1);
		if (!(args.get(0) instanceof Number number)) {
			throw new FilterException(call.name() + " needs a number, not " + FilterEvaluator.typeName(args.get(0)),
					call.position());
		}
		if (number instanceof Long) {
			return number;
		}
		double value = number.doubleValue();
		return switch (call.name()) {
			case "round" -> (double) Math.round(value);
			case "floor" -> Math.floor(value);
			default -> Math.ceil(value);
		};
	}

	private static Object geo(Expr.Call call, List<@Nullable Object> args) {
		int at = call.position();
		if (call.name().equals("geo.length")) {
			arity(call, 1);
			return geometry(args.get(0), at).getLength();
		}
		if (call.name().equals("st_relate")) {
			arity(call, 3);
			return geometry(args.get(0), at).relate(geometry(args.get(1), at), text(args.get(2), at));
		}
		arity(call, 2);
		Geometry a = geometry(args.get(0), at);
		Geometry b = geometry(args.get(1), at);
		return switch (call.name()) {
			case "geo.distance" -> a.distance(b);
			case "geo.intersects", "st_intersects" -> a.intersects(b);
			case "st_equals" -> a.equalsTopo(b);
			case "st_disjoint" -> a.disjoint(b);
			case "st_touches" -> a.touches(b);
			case "st_within" -> a.within(b);
			case "st_overlaps" -> a.overlaps(b);
			case "st_crosses" -> a.crosses(b);
			default -> a.contains(b);
		};
	}

	/** A JTS geometry from a geometry literal or a GeoJSON property value. */
	static Geometry geometry(@Nullable Object value, int at) {
		if (value instanceof Geometry geometry) {
			return geometry;
		}
		if (value instanceof Map<?, ?> geoJson) {
			try {
				return fromGeoJson(geoJson);
			}
			catch (RuntimeException ex) {
				throw new FilterException("the property is not a GeoJSON geometry", at);
			}
		}
		throw new FilterException("a geometry is needed, not " + FilterEvaluator.typeName(value), at);
	}

	private static Geometry fromGeoJson(Map<?, ?> geoJson) {
		Object type = geoJson.get("type");
		Object coordinates = geoJson.get("coordinates");
		if ("Feature".equals(type) && geoJson.get("geometry") instanceof Map<?, ?> inner) {
			return fromGeoJson(inner);
		}
		return switch (String.valueOf(type)) {
			case "Point" -> GEOMETRIES.createPoint(coordinate(coordinates));
			case "LineString" -> GEOMETRIES.createLineString(coordinates(coordinates));
			case "Polygon" -> polygon(coordinates);
			case "MultiPoint" -> GEOMETRIES.createMultiPointFromCoords(coordinates(coordinates));
			case "MultiPolygon" -> GEOMETRIES
				.createMultiPolygon(((List<?>) coordinates).stream().map(Functions::polygon).toArray(Polygon[]::new));
			default -> throw new IllegalArgumentException("unsupported GeoJSON type " + type);
		};
	}

	private static Polygon polygon(@Nullable Object rings) {
		List<?> list = (List<?>) rings;
		LinearRing shell = GEOMETRIES.createLinearRing(coordinates(list.get(0)));
		LinearRing[] holes = list.stream()
			.skip(1)
			.map((ring) -> GEOMETRIES.createLinearRing(coordinates(ring)))
			.toArray(LinearRing[]::new);
		return GEOMETRIES.createPolygon(shell, holes);
	}

	private static Coordinate[] coordinates(@Nullable Object value) {
		return ((List<?>) value).stream().map(Functions::coordinate).toArray(Coordinate[]::new);
	}

	private static Coordinate coordinate(@Nullable Object value) {
		List<?> xy = (List<?>) value;
		return new Coordinate(((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue());
	}

	private static String text(@Nullable Object value, int at) {
		if (value instanceof String text) {
			return text;
		}
		throw new FilterException("a string is needed, not " + FilterEvaluator.typeName(value), at);
	}

	private static long integer(@Nullable Object value, int at) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		throw new FilterException("a number is needed, not " + FilterEvaluator.typeName(value), at);
	}

	private static void arity(Expr.Call call, int expected) {
		if (call.arguments().size() != expected) {
			throw new FilterException(call.name() + " takes " + expected + " argument" + ((expected == 1) ? "" : "s")
					+ ", not " + call.arguments().size(), call.position());
		}
	}

}
