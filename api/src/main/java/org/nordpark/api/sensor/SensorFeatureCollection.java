package org.nordpark.api.sensor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The sensor list as a GeoJSON FeatureCollection (RFC 7946): one Point feature per
 * sensor, {@code id} = sensor id, properties = the sensor without its position.
 *
 * @param type always {@code FeatureCollection}
 * @param features one feature per sensor
 */
@Schema(name = "SensorFeatureCollection", description = "GeoJSON FeatureCollection of the sensors")
public record SensorFeatureCollection(@Schema(example = "FeatureCollection") String type, List<Feature> features) {

	static SensorFeatureCollection of(List<SensorView> sensors) {
		return new SensorFeatureCollection("FeatureCollection", sensors.stream().map(Feature::of).toList());
	}

	/**
	 * One sensor.
	 *
	 * @param type always {@code Feature}
	 * @param id the sensor id
	 * @param geometry a Point at the sensor, or null when its position is unknown
	 * @param properties the sensor's catalog entry and status
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Feature(@Schema(example = "Feature") String type, @Schema(example = "70b3d5e75e00a1b2") String id,
			@Nullable Point geometry, Map<String, Object> properties) {

		static Feature of(SensorView sensor) {
			Point point = (sensor.lat() != null && sensor.lon() != null)
					? new Point("Point", List.of(sensor.lon(), sensor.lat())) : null;
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("sensorId", sensor.sensorId());
			properties.put("name", sensor.name());
			properties.put("model", sensor.model());
			properties.put("kind", sensor.kind());
			if (sensor.zone() != null) {
				properties.put("zone", sensor.zone());
			}
			properties.put("settings", sensor.settings());
			properties.put("source", sensor.source());
			properties.put("updatedAt", sensor.updatedAt());
			properties.put("status", sensor.status());
			return new Feature("Feature", sensor.sensorId(), point, properties);
		}

	}

	/**
	 * A GeoJSON Point.
	 *
	 * @param type always {@code Point}
	 * @param coordinates longitude, latitude (GeoJSON order)
	 */
	public record Point(@Schema(example = "Point") String type,
			@Schema(example = "[6.3831, 51.1761]") List<Double> coordinates) {

	}

}
