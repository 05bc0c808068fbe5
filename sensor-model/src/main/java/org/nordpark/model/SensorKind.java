package org.nordpark.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a sensor measures; also the last-but-one level of the readings topic and the
 * InfluxDB measurement a reading's observations go to.
 */
public enum SensorKind {

	PARKING, TRAFFIC, PEOPLE, ENVIRONMENT, NOISE, BIN, DEVICE;

	private final String id = name().toLowerCase(Locale.ROOT);

	/** The lower-case name used in JSON, topics and the API, e.g. {@code parking}. */
	@JsonValue
	public String id() {
		return this.id;
	}

	/**
	 * Returns the kind with the given id.
	 * @throws IllegalArgumentException naming the accepted ids if there is none
	 */
	@JsonCreator
	public static SensorKind fromId(String id) {
		for (SensorKind kind : values()) {
			if (kind.id.equals(id)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("unknown sensor kind '" + id + "', expected one of " + ids());
	}

	/** The accepted ids, comma separated. */
	public static String ids() {
		return Arrays.stream(values()).map(SensorKind::id).collect(Collectors.joining(", "));
	}

	@Override
	public String toString() {
		return this.id;
	}

}
