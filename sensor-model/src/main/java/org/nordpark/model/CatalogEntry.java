package org.nordpark.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * What the platform knows about one sensor, published retained on
 * {@code nordpark/v1/sensors/{sensorId}}.
 *
 * @param sensorId the DevEUI, 16 lower-case hex characters
 * @param name human name
 * @param model sensor model id, e.g. {@code parametric-tcr}
 * @param kind what the sensor measures
 * @param zone zone label
 * @param lat latitude, WGS84 degrees
 * @param lon longitude, WGS84 degrees
 * @param settings per-model settings, e.g. {@code ltr=inbound} or
 * {@code emptyDistanceMm=1800}
 * @param source where the entry comes from
 * @param updatedAt when the entry was last changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogEntry(String sensorId, String name, String model, SensorKind kind, @Nullable String zone,
		@Nullable Double lat, @Nullable Double lon, Map<String, String> settings, Source source, Instant updatedAt) {

	public CatalogEntry {
		Reading.require(sensorId, "sensorId");
		if (!DevEui.isSensorId(sensorId)) {
			throw new IllegalArgumentException("sensorId must be 16 lower-case hex characters");
		}
		Reading.require(name, "name");
		Reading.require(model, "model");
		Reading.require(kind, "kind");
		Reading.require(source, "source");
		Reading.require(updatedAt, "updatedAt");
		if (zone != null && !Dims.LABEL.matcher(zone).matches()) {
			throw new IllegalArgumentException("zone '" + zone + "' is not a valid label");
		}
		if (lat != null && (lat < -90 || lat > 90)) {
			throw new IllegalArgumentException("lat must be between -90 and 90");
		}
		if (lon != null && (lon < -180 || lon > 180)) {
			throw new IllegalArgumentException("lon must be between -180 and 180");
		}
		settings = (settings == null) ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(settings));
	}

	/** A setting, or {@code null} when it is not set. */
	public @Nullable String setting(String key) {
		return this.settings.get(key);
	}

	/** Where a catalog entry comes from. */
	public enum Source {

		/** Read from ChirpStack's gRPC API (device tags and profile). */
		CHIRPSTACK("chirpstack"),
		/** Read from the site manifest. */
		MANIFEST("manifest");

		private final String id;

		Source(String id) {
			this.id = id;
		}

		@JsonValue
		public String id() {
			return this.id;
		}

	}

}
