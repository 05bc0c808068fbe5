package org.nordpark.api.sensor;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.nordpark.model.CatalogEntry;

/**
 * A catalog entry with its status.
 *
 * @param sensorId DevEUI, 16 lower-case hex characters
 * @param name human name
 * @param model sensor model id
 * @param kind what it measures
 * @param zone zone label
 * @param lat latitude, WGS84
 * @param lon longitude, WGS84
 * @param settings per-model settings
 * @param source {@code chirpstack} or {@code manifest}
 * @param updatedAt when the catalog entry last changed
 * @param status health from the latest uplinks
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SensorView(@Schema(example = "70b3d5e75e00a1b2") String sensorId,
		@Schema(example = "P3 bay 017") String name, @Schema(example = "bosch-tps110") String model,
		@Schema(example = "parking") String kind, @Schema(example = "P3") @Nullable String zone,
		@Schema(example = "51.1761") @Nullable Double lat, @Schema(example = "6.3831") @Nullable Double lon,
		@Schema(example = "{\"uplinkIntervalS\":\"3600\"}") Map<String, String> settings,
		@Schema(example = "manifest") String source, @Schema(example = "2025-03-12T08:00:00Z") Instant updatedAt,
		SensorStatus status) {

	static SensorView from(CatalogEntry entry, SensorStatus status) {
		return new SensorView(entry.sensorId(), entry.name(), entry.model(), entry.kind().id(), entry.zone(),
				entry.lat(), entry.lon(), entry.settings(), entry.source().id(), entry.updatedAt(), status);
	}

}
