package org.nordpark.api.sensor;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.nordpark.api.query.SeriesResponse;
import org.nordpark.api.system.ApiDocs;
import org.nordpark.api.system.formats.ApiMediaTypes;
import org.nordpark.model.DevEui;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The sensors: catalog with status, one sensor, and a field's time series. */
@RestController
@RequestMapping("/api/v1/sensors")
@Tag(name = "sensors", description = "The sensor catalog with status, latest values and time series")
class SensorController {

	/**
	 * Both representations of {@code GET /api/v1/sensors} are one operation in OpenAPI:
	 * one summary, whichever method springdoc documents last.
	 */
	static final String LIST_SUMMARY = "List sensors with status (JSON, or GeoJSON on request)";

	private final SensorReader sensors;

	private final SensorSeries series;

	SensorController(SensorReader sensors, SensorSeries series) {
		this.sensors = sensors;
		this.series = series;
	}

	@GetMapping(produces = ApiMediaTypes.JSON)
	@Operation(summary = SensorController.LIST_SUMMARY,
			description = "The catalog (from the retained MQTT catalog topics) merged with each sensor's status: last "
					+ "seen, battery, RSSI/SNR of the latest uplink, online flag (silence shorter than "
					+ "`uplinkIntervalS` × `nordpark.api.status.interval-factor`, else "
					+ "`nordpark.api.status.offline-after`) and completeness over the last 24 h from frame counter "
					+ "gaps. Send `Accept: application/geo+json` (or `?format=geojson`) for GeoJSON. Served from a cache "
					+ "refreshed every `nordpark.api.cache-ttl` (5 s); send the `ETag` back in `If-None-Match` to get "
					+ "304 while nothing changed.")
	@ApiResponse(responseCode = "200", description = "The sensors",
			content = @Content(mediaType = ApiMediaTypes.JSON, schema = @Schema(implementation = SensorList.class)))
	ResponseEntity<byte[]> list(@ParameterObject @Valid SensorFilter filter, HttpServletRequest request) {
		return this.sensors.sensors(filter.kind(), filter.zone(), false).response(request);
	}

	@GetMapping(produces = ApiMediaTypes.GEO_JSON)
	@Operation(summary = SensorController.LIST_SUMMARY,
			description = "With `Accept: application/geo+json` (or `?format=geojson`): the same list as a GeoJSON "
					+ "FeatureCollection: one Point per sensor "
					+ "(coordinates longitude, latitude), properties = catalog entry and status.")
	@ApiResponse(responseCode = "200", description = "The sensors as GeoJSON",
			content = @Content(mediaType = ApiMediaTypes.GEO_JSON,
					schema = @Schema(implementation = SensorFeatureCollection.class)))
	ResponseEntity<byte[]> geoJson(@ParameterObject @Valid SensorFilter filter, HttpServletRequest request) {
		return this.sensors.sensors(filter.kind(), filter.zone(), true).response(request);
	}

	@GetMapping(path = "/latest", produces = ApiMediaTypes.JSON)
	@Operation(summary = "List sensors with status and latest values",
			description = "The sensor list of `GET /sensors`, each sensor with the latest values of its series as in "
					+ "`GET /sensors/{id}`, read with one database request: what a dashboard or the live page needs "
					+ "to draw the current state of the whole site at once.")
	SensorDetailList latest(@ParameterObject @Valid SensorFilter filter) {
		List<SensorDetail> details = this.sensors.details(filter.kind(), filter.zone());
		return new SensorDetailList(details.size(), details);
	}

	@GetMapping(path = "/{id}", produces = ApiMediaTypes.JSON)
	@Operation(summary = "One sensor with its latest values",
			description = "The catalog entry and status, plus the latest point of each of the sensor's series "
					+ "(its kind's measurement, device health, radio link, and any other measurement it has, such as "
					+ "the noise of an environment sensor) within "
					+ "`nordpark.api.query.state-lookback`. 404 if the sensor is not in the catalog.")
	SensorDetail one(@PathVariable("id") DevEui id) {
		return this.sensors.detail(id.value());
	}

	@GetMapping(path = "/{id}/series", produces = { ApiMediaTypes.JSON, ApiMediaTypes.TEXT_CSV })
	@Operation(summary = "Time series of one field of a sensor",
			description = "One field aggregated per interval, one series per dimension (e.g. class and direction of a "
					+ "traffic counter). Ranges longer than `nordpark.api.query.hourly-after` with every ≥ 1h read "
					+ "the hourly rollups where the aggregation allows (`source` says which)." + ApiDocs.CSV_NOTE)
	SeriesResponse series(@PathVariable("id") DevEui id, @ParameterObject @Valid SensorSeriesQuery query) {
		return this.series.read(id, query);
	}

}
