package org.nordpark.model;

/**
 * Names of the per-sensor settings in {@link CatalogEntry#settings()}. The same names are
 * used as keys in the site manifest and as ChirpStack device tags.
 */
public final class CatalogSettings {

	/**
	 * Direction label for objects moving left-to-right through a radar counter's beam.
	 */
	public static final String LTR = "ltr";

	/** Direction label for objects moving right-to-left. */
	public static final String RTL = "rtl";

	/**
	 * Traffic counter class key to object class, e.g.
	 * {@code 0:pedestrian,1:bicycle,2:car,3:truck}. One meaning for both frame
	 * generations: key {@code n} (0-3) is legacy speed class {@code n} and Gen-2 filter
	 * category {@code n + 1} (fPort {@code 14 + n}); fPort 13 is always {@code all}.
	 */
	public static final String CLASSES = "classes";

	/** Distance from a bin sensor to the bottom of the empty bin, millimetres. */
	public static final String EMPTY_DISTANCE_MM = "emptyDistanceMm";

	/**
	 * Distance from a bin sensor to the surface of a full bin, millimetres (default 0).
	 */
	public static final String FULL_DISTANCE_MM = "fullDistanceMm";

	/** Expected seconds between uplinks; silence longer than this marks a sensor late. */
	public static final String UPLINK_INTERVAL_S = "uplinkIntervalS";

	/**
	 * Free-text section within a zone, e.g. {@code disabled}, {@code ev-charging},
	 * {@code coach}.
	 */
	public static final String SECTION = "section";

	private CatalogSettings() {
	}

}
