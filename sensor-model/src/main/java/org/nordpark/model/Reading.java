package org.nordpark.model;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The normalized form of one uplink (design §4), published in batches on
 * {@code nordpark/v1/batches/readings} (one per line) and, when asked for, on
 * {@code nordpark/v1/readings/{kind}/{sensorId}}.
 *
 * @param schema version of this contract: {@value #SCHEMA_SINGLE_KIND} while every
 * observation is of the reading's kind, {@value #SCHEMA} when some observation names
 * another kind (a sensor that measures several things)
 * @param uplinkId ChirpStack's deduplication id: the idempotency key end to end
 * @param sensorId the device's DevEUI, 16 lower-case hex characters
 * @param sensorName human name from the catalog
 * @param model sensor model id, e.g. {@code bosch-tps110}
 * @param kind the sensor's primary kind: the topic level, the API's kind filter and the
 * live page go by it
 * @param zone zone label from the catalog
 * @param time when the uplink was received (point time in InfluxDB)
 * @param observations measured values, each of the reading's kind unless it names
 * another; empty for frames without measurements
 * @param link radio link facts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reading(Integer schema, String uplinkId, String sensorId, @Nullable String sensorName,
		@Nullable String model, SensorKind kind, @Nullable String zone, Instant time, List<Observation> observations,
		@Nullable LinkQuality link) {

	/** The newest schema version: observations may name a kind of their own. */
	public static final int SCHEMA = 2;

	/**
	 * The first schema version, still written for readings whose observations are all of
	 * the reading's kind, so consumers of version 1 keep reading them.
	 */
	public static final int SCHEMA_SINGLE_KIND = 1;

	public Reading {
		if (schema == null) {
			throw new IllegalArgumentException("schema is required");
		}
		if (schema != SCHEMA && schema != SCHEMA_SINGLE_KIND) {
			throw new IllegalArgumentException(
					"schema " + schema + " is not supported, expected " + SCHEMA_SINGLE_KIND + " or " + SCHEMA);
		}
		require(uplinkId, "uplinkId");
		if (uplinkId.isBlank() || uplinkId.length() > 64) {
			throw new IllegalArgumentException("uplinkId must have 1 to 64 characters");
		}
		require(sensorId, "sensorId");
		if (!DevEui.isSensorId(sensorId)) {
			throw new IllegalArgumentException("sensorId must be 16 lower-case hex characters");
		}
		require(kind, "kind");
		require(time, "time");
		require(observations, "observations");
		if (zone != null && !Dims.LABEL.matcher(zone).matches()) {
			throw new IllegalArgumentException("zone '" + zone + "' is not a valid label");
		}
		observations = ownKindUnnamed(kind, observations);
		if (schema == SCHEMA_SINGLE_KIND) {
			for (Observation observation : observations) {
				if (observation.kind() != null) {
					throw new IllegalArgumentException(
							"schema 1 readings carry observations of their own kind only, found " + observation.kind()
									+ " (write schema 2)");
				}
			}
		}
	}

	/**
	 * A reading in the oldest schema that can carry it: {@value #SCHEMA_SINGLE_KIND} when
	 * every observation is of the reading's kind, else {@value #SCHEMA}.
	 */
	public Reading(String uplinkId, String sensorId, @Nullable String sensorName, @Nullable String model,
			SensorKind kind, @Nullable String zone, Instant time, List<Observation> observations,
			@Nullable LinkQuality link) {
		this(schemaFor(kind, observations), uplinkId, sensorId, sensorName, model, kind, zone, time, observations,
				link);
	}

	/**
	 * Every kind this reading has observations of, its own first (device-health values
	 * are not counted).
	 */
	@JsonIgnore
	public Set<SensorKind> kinds() {
		Set<SensorKind> kinds = new LinkedHashSet<>();
		kinds.add(this.kind);
		this.observations.forEach((observation) -> kinds.add(observation.kindIn(this.kind)));
		return kinds;
	}

	private static int schemaFor(@Nullable SensorKind kind, @Nullable List<Observation> observations) {
		if (observations != null) {
			for (Observation observation : observations) {
				if (observation.kind() != null && observation.kind() != kind) {
					return SCHEMA;
				}
			}
		}
		return SCHEMA_SINGLE_KIND;
	}

	/** The observations, those naming the reading's own kind without it. */
	private static List<Observation> ownKindUnnamed(SensorKind kind, List<Observation> observations) {
		boolean named = observations.stream().anyMatch((observation) -> observation.kind() == kind);
		if (!named) {
			return List.copyOf(observations);
		}
		return observations.stream()
			.map((observation) -> (observation.kind() == kind)
					? new Observation(observation.dims(), observation.values()) : observation)
			.toList();
	}

	static void require(@Nullable Object value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

}
