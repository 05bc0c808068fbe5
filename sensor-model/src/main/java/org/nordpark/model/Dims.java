package org.nordpark.model;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The small, fixed vocabulary of observation dimensions. Dimensions become InfluxDB tags,
 * so their values are bounded: classes and weightings are fixed sets, direction labels
 * come from the catalog and must match {@link #LABEL}.
 */
public final class Dims {

	/** Object class of a traffic count. */
	public static final String CLASS = "class";

	/** Direction label of a count, e.g. {@code inbound}. */
	public static final String DIRECTION = "direction";

	/** Frequency weighting of a noise level: {@code A}, {@code C} or {@code Z}. */
	public static final String WEIGHTING = "weighting";

	public static final String CLASS_PEDESTRIAN = "pedestrian";

	public static final String CLASS_BICYCLE = "bicycle";

	public static final String CLASS_CAR = "car";

	public static final String CLASS_TRUCK = "truck";

	public static final String CLASS_ALL = "all";

	public static final Set<String> CLASSES = Set.of(CLASS_PEDESTRIAN, CLASS_BICYCLE, CLASS_CAR, CLASS_TRUCK,
			CLASS_ALL);

	public static final Set<String> WEIGHTINGS = Set.of("A", "C", "Z");

	public static final Set<String> NAMES = Set.of(CLASS, DIRECTION, WEIGHTING);

	/** Pattern for catalog-defined labels such as directions and zones. */
	public static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

	private Dims() {
	}

	/**
	 * Checks one dimension.
	 * @throws IllegalArgumentException saying what is wrong
	 */
	public static void check(String name, String value) {
		switch (name) {
			case CLASS -> {
				if (!CLASSES.contains(value)) {
					throw new IllegalArgumentException("dimension class '" + value + "' is not one of " + CLASSES);
				}
			}
			case WEIGHTING -> {
				if (!WEIGHTINGS.contains(value)) {
					throw new IllegalArgumentException(
							"dimension weighting '" + value + "' is not one of " + WEIGHTINGS);
				}
			}
			case DIRECTION -> {
				if (!LABEL.matcher(value).matches()) {
					throw new IllegalArgumentException("dimension direction '" + value + "' is not a valid label");
				}
			}
			default -> throw new IllegalArgumentException("unknown dimension '" + name + "', expected one of " + NAMES);
		}
	}

}
