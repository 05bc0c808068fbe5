package org.nordpark.model.site;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An area of the site, such as a car park or the park.
 *
 * @param id short label, used as the {@code zone} tag, e.g. {@code P3}
 * @param name human name
 * @param type what kind of area
 * @param capacity parking spaces in a car park (all spaces, not only those with sensors)
 * @param centre a point for labels and markers
 * @param polygon outline, first point not repeated; empty when unknown
 */
public record Zone(String id, String name, ZoneType type, @Nullable Integer capacity, GeoPoint centre,
		List<GeoPoint> polygon) {

	public Zone {
		SiteManifest.requireLabel(id, "zone id");
		polygon = (polygon == null) ? List.of() : List.copyOf(polygon);
	}

	/** What kind of area a zone is. */
	public enum ZoneType {

		CAR_PARK, PARK, ROAD, FOOTPATH, AREA

	}

}
