package org.nordpark.api.sensor;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.QueryProperties;
import org.nordpark.api.query.RequestParameters;
import org.nordpark.api.query.SeriesReader;
import org.nordpark.api.query.SeriesResponse;
import org.nordpark.api.query.SeriesSource;
import org.nordpark.api.system.ApiDocs;
import org.nordpark.api.system.formats.ApiMediaTypes;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.SensorKind;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	private final SeriesReader series;

	private final QueryProperties limits;

	private final Clock clock;

	SensorController(SensorReader sensors, SeriesReader series, QueryProperties limits, Clock clock) {
		this.sensors = sensors;
		this.series = series;
		this.limits = limits;
		this.clock = clock;
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
	ResponseEntity<byte[]> list(
			@Parameter(description = ApiDocs.KIND, example = "parking",
					schema = @Schema(type = "string",
							allowableValues = { "parking", "traffic", "people", "environment", "noise", "bin",
									"device" })) @RequestParam(required = false) @Nullable String kind,
			@Parameter(description = ApiDocs.ZONE,
					example = ApiDocs.ZONE_EXAMPLE) @RequestParam(required = false) @Nullable String zone,
			HttpServletRequest request) {
		return cached(kind, zone, false, request);
	}

	@GetMapping(produces = ApiMediaTypes.GEO_JSON)
	@Operation(summary = SensorController.LIST_SUMMARY,
			description = "With `Accept: application/geo+json` (or `?format=geojson`): the same list as a GeoJSON "
					+ "FeatureCollection: one Point per sensor "
					+ "(coordinates longitude, latitude), properties = catalog entry and status.")
	@ApiResponse(responseCode = "200", description = "The sensors as GeoJSON",
			content = @Content(mediaType = ApiMediaTypes.GEO_JSON,
					schema = @Schema(implementation = SensorFeatureCollection.class)))
	ResponseEntity<byte[]> geoJson(
			@Parameter(description = ApiDocs.KIND,
					example = "parking") @RequestParam(required = false) @Nullable String kind,
			@Parameter(description = ApiDocs.ZONE,
					example = ApiDocs.ZONE_EXAMPLE) @RequestParam(required = false) @Nullable String zone,
			HttpServletRequest request) {
		return cached(kind, zone, true, request);
	}

	@GetMapping(path = "/latest", produces = ApiMediaTypes.JSON)
	@Operation(summary = "List sensors with status and latest values",
			description = "The sensor list of `GET /sensors`, each sensor with the latest values of its series as in "
					+ "`GET /sensors/{id}`, read with one database request: what a dashboard or the live page needs "
					+ "to draw the current state of the whole site at once.")
	SensorDetailList latest(
			@Parameter(description = ApiDocs.KIND, example = "parking",
					schema = @Schema(type = "string",
							allowableValues = { "parking", "traffic", "people", "environment", "noise", "bin",
									"device" })) @RequestParam(required = false) @Nullable String kind,
			@Parameter(description = ApiDocs.ZONE,
					example = ApiDocs.ZONE_EXAMPLE) @RequestParam(required = false) @Nullable String zone) {
		List<SensorDetail> details = filtered(kind, zone, this.sensors::details);
		return new SensorDetailList(details.size(), details);
	}

	@GetMapping(path = "/{id}", produces = ApiMediaTypes.JSON)
	@Operation(summary = "One sensor with its latest values",
			description = "The catalog entry and status, plus the latest point of each of the sensor's series "
					+ "(its kind's measurement, device health, radio link, and any other measurement it has, such as "
					+ "the noise of an environment sensor) within "
					+ "`nordpark.api.query.state-lookback`. 404 if the sensor is not in the catalog.")
	SensorDetail one(@Parameter(description = ApiDocs.SENSOR_ID,
			example = ApiDocs.SENSOR_ID_EXAMPLE) @PathVariable("id") String id) {
		RequestParameters params = new RequestParameters();
		String sensorId = params.sensorId("id", id);
		params.validate();
		return this.sensors.detail(sensorId);
	}

	@GetMapping(path = "/{id}/series", produces = { ApiMediaTypes.JSON, ApiMediaTypes.TEXT_CSV })
	@Operation(summary = "Time series of one field of a sensor",
			description = "One field aggregated per interval, one series per dimension (e.g. class and direction of a "
					+ "traffic counter). Ranges longer than `nordpark.api.query.hourly-after` with every ≥ 1h read "
					+ "the hourly rollups where the aggregation allows (`source` says which)." + ApiDocs.CSV_NOTE)
	SeriesResponse series(
			@Parameter(description = ApiDocs.SENSOR_ID,
					example = ApiDocs.SENSOR_ID_EXAMPLE) @PathVariable("id") String id,
			@Parameter(
					description = "Field name with unit, from the sensor's measurement, `device`, `link` or another "
							+ "measurement the sensor also has (design §5), e.g. occupied, count, co2_ppm, leq_db "
							+ "of an environment sensor, battery_pct, rssi_dbm.",
					example = "occupied", required = true) @RequestParam(required = false) @Nullable String field,
			@Parameter(description = ApiDocs.FROM,
					example = ApiDocs.FROM_EXAMPLE) @RequestParam(required = false) @Nullable String from,
			@Parameter(description = ApiDocs.TO,
					example = ApiDocs.TO_EXAMPLE) @RequestParam(required = false) @Nullable String to,
			@Parameter(description = ApiDocs.EVERY,
					example = ApiDocs.EVERY_EXAMPLE) @RequestParam(required = false) @Nullable String every,
			@Parameter(
					description = "Aggregation per interval: mean, min, max, sum, count or last. Default: sum for "
							+ "counts, mean otherwise.",
					example = "mean",
					schema = @Schema(type = "string",
							allowableValues = { "mean", "min", "max", "sum", "count", "last" })) @RequestParam(
									required = false) @Nullable String agg) {
		RequestParameters params = new RequestParameters();
		String sensorId = params.sensorId("id", id);
		Aggregation aggregation = params.aggregation("agg", agg);
		if (field == null) {
			params.error("field", "is required, e.g. field=occupied");
		}
		else {
			params.oneOf("field", field, SensorReader.allFields());
		}
		RequestParameters.Window window = params.window(from, to, every, this.limits, this.clock);
		CatalogEntry entry = this.sensors.entry(sensorId);
		Measurement measurement = SensorReader.measurementOf(entry, field).orElse(null);
		if (measurement == null) {
			params.oneOf("field", field, SensorReader.fields(entry));
			params.validate();
		}
		Aggregation resolved = (aggregation != null) ? aggregation
				: SeriesSource.defaultAggregation(measurement, field);
		List<String> dims = measurement.tags()
			.stream()
			.filter((tag) -> !tag.equals(InfluxSchema.TAG_SENSOR_ID) && !tag.equals(InfluxSchema.TAG_ZONE)
					&& !tag.equals(InfluxSchema.TAG_MODEL))
			.toList();
		return this.series.read(measurement, field, resolved, window, Map.of(InfluxSchema.TAG_SENSOR_ID, sensorId),
				dims);
	}

	private ResponseEntity<byte[]> cached(@Nullable String kind, @Nullable String zone, boolean geoJson,
			HttpServletRequest request) {
		return filtered(kind, zone, (sensorKind, zoneLabel) -> this.sensors.sensors(sensorKind, zoneLabel, geoJson))
			.response(request);
	}

	private static <T> T filtered(@Nullable String kind, @Nullable String zone,
			BiFunction<@Nullable SensorKind, @Nullable String, T> read) {
		RequestParameters params = new RequestParameters();
		SensorKind sensorKind = params.kind("kind", kind);
		String zoneLabel = params.label("zone", zone);
		params.validate();
		return read.apply(sensorKind, zoneLabel);
	}

}
