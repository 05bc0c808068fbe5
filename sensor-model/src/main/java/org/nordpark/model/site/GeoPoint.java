package org.nordpark.model.site;

/**
 * A WGS84 position.
 *
 * @param lat latitude, degrees
 * @param lon longitude, degrees
 */
public record GeoPoint(double lat, double lon) {

	public GeoPoint {
		if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
			throw new IllegalArgumentException("position " + lat + "," + lon + " is not a WGS84 position");
		}
	}

}
