package org.nordpark.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The normalized form of one uplink (design §4), published on
 * {@code nordpark/v1/readings/{kind}/{sensorId}}.
 *
 * @param schema version of this contract, currently {@value #SCHEMA}
 * @param uplinkId ChirpStack's deduplication id: the idempotency key end to end
 * @param sensorId the device's DevEUI, 16 lower-case hex characters
 * @param sensorName human name from the catalog
 * @param model sensor model id, e.g. {@code bosch-tps110}
 * @param kind what the sensor measures
 * @param zone zone label from the catalog
 * @param time when the uplink was received (point time in InfluxDB)
 * @param observations measured values; empty for frames without measurements
 * @param link radio link facts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reading(Integer schema, String uplinkId, String sensorId, @Nullable String sensorName,
		@Nullable String model, SensorKind kind, @Nullable String zone, Instant time, List<Observation> observations,
		@Nullable LinkQuality link) {

	/** The schema version this code writes and reads. */
	public static final int SCHEMA = 1;

	public Reading {
		if (schema == null) {
			throw new IllegalArgumentException("schema is required");
		}
		if (schema != SCHEMA) {
			throw new IllegalArgumentException("schema " + schema + " is not supported, expected " + SCHEMA);
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
		observations = List.copyOf(observations);
	}

	/** A reading of the current schema. */
	public Reading(String uplinkId, String sensorId, @Nullable String sensorName, @Nullable String model,
			SensorKind kind, @Nullable String zone, Instant time, List<Observation> observations,
			@Nullable LinkQuality link) {
		this(SCHEMA, uplinkId, sensorId, sensorName, model, kind, zone, time, observations, link);
	}

	static void require(@Nullable Object value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

}
