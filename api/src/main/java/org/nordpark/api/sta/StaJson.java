package org.nordpark.api.sta;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nordpark.model.site.GeoPoint;

import tools.jackson.databind.json.JsonMapper;

/** JSON helpers of the SensorThings API: times, GeoJSON and the mapper. */
final class StaJson {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private StaJson() {
	}

	/**
	 * An ISO 8601 time in UTC with milliseconds, e.g. {@code 2025-03-12T16:00:00.000Z}.
	 */
	static String time(Instant time) {
		return TIME.format(time);
	}

	/** A GeoJSON point. */
	static Map<String, Object> point(double lat, double lon) {
		Map<String, Object> point = new LinkedHashMap<>();
		point.put("type", "Point");
		point.put("coordinates", List.of(lon, lat));
		return point;
	}

	/** A GeoJSON polygon from an outline whose first point is not repeated. */
	static Map<String, Object> polygon(List<GeoPoint> outline) {
		List<List<Double>> ring = new ArrayList<>();
		for (GeoPoint p : outline) {
			ring.add(List.of(p.lon(), p.lat()));
		}
		ring.add(List.of(outline.get(0).lon(), outline.get(0).lat()));
		Map<String, Object> polygon = new LinkedHashMap<>();
		polygon.put("type", "Polygon");
		polygon.put("coordinates", List.of(ring));
		return polygon;
	}

	/** Converts property values for output: times become ISO strings. */
	static Object out(Object value) {
		if (value instanceof Instant instant) {
			return time(instant);
		}
		if (value instanceof TimeInterval interval) {
			return interval.toString();
		}
		return value;
	}

}
