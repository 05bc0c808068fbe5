package org.nordpark.api.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The whitelisted {@code agg} values; each is an InfluxQL function of the same name.
 */
public enum Aggregation {

	MEAN, MIN, MAX, SUM, COUNT, LAST;

	/** The API and InfluxQL name, e.g. {@code mean}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Aggregation> fromId(String id) {
		return Arrays.stream(values()).filter((agg) -> agg.id().equals(id)).findFirst();
	}

	public static List<String> ids() {
		return Arrays.stream(values()).map(Aggregation::id).toList();
	}

	/** Whether the result of this aggregation of an integer field is an integer. */
	public boolean keepsIntegers() {
		return this != MEAN;
	}

}
