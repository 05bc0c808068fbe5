package org.nordpark.model.site;

import java.util.List;

/**
 * A road or footpath drawn on the site plan.
 *
 * @param id short label
 * @param name human name, e.g. {@code Hennes-Weisweiler-Allee}
 * @param type road or footpath
 * @param line the way as a polyline
 */
public record Way(String id, String name, WayType type, List<GeoPoint> line) {

	public Way {
		line = List.copyOf(line);
		if (line.size() < 2) {
			throw new IllegalArgumentException("way " + id + " needs at least two points");
		}
	}

	/** What kind of way. */
	public enum WayType {

		ROAD, FOOTPATH

	}

}
