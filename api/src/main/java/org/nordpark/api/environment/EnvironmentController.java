package org.nordpark.api.environment;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.QueryProperties;
import org.nordpark.api.query.RequestParameters;
import org.nordpark.api.query.SeriesReader;
import org.nordpark.api.query.SeriesResponse;
import org.nordpark.api.query.SeriesSource;
import org.nordpark.api.system.ApiDocs;
import org.nordpark.api.system.formats.ApiMediaTypes;
import org.nordpark.model.InfluxSchema;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Environmental series per sensor. */
@RestController
@Tag(name = "environment", description = "Air quality and climate series per sensor")
class EnvironmentController {

	private final SeriesReader series;

	private final QueryProperties limits;

	private final Clock clock;

	EnvironmentController(SeriesReader series, QueryProperties limits, Clock clock) {
		this.series = series;
		this.limits = limits;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/environment/series", produces = { ApiMediaTypes.JSON, ApiMediaTypes.TEXT_CSV })
	@Operation(summary = "Environmental series per sensor",
			description = "One environment field aggregated per interval, one series per sensor (tags sensorId and "
					+ "zone)." + ApiDocs.CSV_NOTE)
	SeriesResponse environment(
			@Parameter(description = ApiDocs.ZONE + " Only sensors in this zone.",
					example = "park") @RequestParam(required = false) @Nullable String zone,
			@Parameter(description = "Environment field (design §5).", example = "co2_ppm", required = true,
					schema = @Schema(type = "string",
							allowableValues = { "temperature_c", "relative_humidity_pct", "co2_ppm", "pressure_hpa",
									"pm1_0_ugm3", "pm2_5_ugm3", "pm4_ugm3", "pm10_ugm3", "tvoc_ppb", "light_lux",
									"motion_count" })) @RequestParam(required = false) @Nullable String field,
			@Parameter(description = "Only this sensor. " + ApiDocs.SENSOR_ID,
					example = "70b3d5e75e00e001") @RequestParam(required = false) @Nullable String sensor,
			@Parameter(description = ApiDocs.FROM,
					example = ApiDocs.FROM_EXAMPLE) @RequestParam(required = false) @Nullable String from,
			@Parameter(description = ApiDocs.TO,
					example = ApiDocs.TO_EXAMPLE) @RequestParam(required = false) @Nullable String to,
			@Parameter(description = ApiDocs.EVERY,
					example = ApiDocs.EVERY_EXAMPLE) @RequestParam(required = false) @Nullable String every,
			@Parameter(
					description = "Aggregation per interval: mean, min, max, sum, count or last. Default: mean "
							+ "(sum for motion_count).",
					example = "mean",
					schema = @Schema(type = "string",
							allowableValues = { "mean", "min", "max", "sum", "count", "last" })) @RequestParam(
									required = false) @Nullable String agg) {
		RequestParameters params = new RequestParameters();
		Map<String, @Nullable String> filters = new LinkedHashMap<>();
		filters.put(InfluxSchema.TAG_ZONE, params.label("zone", zone));
		filters.put(InfluxSchema.TAG_SENSOR_ID, params.sensorId("sensor", sensor));
		Aggregation aggregation = params.aggregation("agg", agg);
		if (field == null) {
			params.error("field", "is required, e.g. field=co2_ppm");
		}
		else {
			params.oneOf("field", field, InfluxSchema.ENVIRONMENT.fields().keySet());
		}
		RequestParameters.Window window = params.window(from, to, every, this.limits, this.clock);
		Aggregation resolved = (aggregation != null) ? aggregation
				: SeriesSource.defaultAggregation(InfluxSchema.ENVIRONMENT, field);
		return this.series.read(InfluxSchema.ENVIRONMENT, field, resolved, window, filters,
				List.of(InfluxSchema.TAG_SENSOR_ID, InfluxSchema.TAG_ZONE));
	}

}
