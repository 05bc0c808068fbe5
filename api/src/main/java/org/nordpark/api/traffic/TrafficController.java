package org.nordpark.api.traffic;

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
import org.nordpark.api.system.ApiDocs;
import org.nordpark.api.system.formats.ApiMediaTypes;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Traffic flow: counts per interval. */
@RestController
@Tag(name = "traffic", description = "Traffic counts per interval by class and direction")
class TrafficController {

	private final SeriesReader series;

	private final QueryProperties limits;

	private final Clock clock;

	TrafficController(SeriesReader series, QueryProperties limits, Clock clock) {
		this.series = series;
		this.limits = limits;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/traffic/flow", produces = { ApiMediaTypes.JSON, ApiMediaTypes.TEXT_CSV })
	@Operation(summary = "Traffic flow per interval",
			description = "Objects counted per interval (sum of `count`), one series per class and direction, summed "
					+ "over the matching counters; `class=all` sums every class into one series per direction "
					+ "(counters that do not tell classes apart count under `all`). Intervals without uplinks are left out. Long ranges use the hourly "
					+ "sums." + ApiDocs.CSV_NOTE)
	SeriesResponse flow(
			@Parameter(description = "Only this counter. " + ApiDocs.SENSOR_ID,
					example = "70b3d5e75e00b001") @RequestParam(required = false) @Nullable String sensor,
			@Parameter(description = ApiDocs.ZONE + " Only counters in this zone.",
					example = "park") @RequestParam(required = false) @Nullable String zone,
			@Parameter(description = "Only this object class.", example = "car",
					schema = @Schema(type = "string",
							allowableValues = { "pedestrian", "bicycle", "car", "truck", "all" })) @RequestParam(
									name = "class", required = false) @Nullable String objectClass,
			@Parameter(
					description = "Only this direction label (from the counter's catalog settings). "
							+ "Pattern `[A-Za-z0-9][A-Za-z0-9_.-]{0,63}`.",
					example = "inbound") @RequestParam(required = false) @Nullable String direction,
			@Parameter(description = ApiDocs.FROM,
					example = ApiDocs.FROM_EXAMPLE) @RequestParam(required = false) @Nullable String from,
			@Parameter(description = ApiDocs.TO,
					example = ApiDocs.TO_EXAMPLE) @RequestParam(required = false) @Nullable String to,
			@Parameter(description = ApiDocs.EVERY,
					example = ApiDocs.EVERY_EXAMPLE) @RequestParam(required = false) @Nullable String every) {
		RequestParameters params = new RequestParameters();
		Map<String, @Nullable String> filters = new LinkedHashMap<>();
		filters.put(InfluxSchema.TAG_SENSOR_ID, params.sensorId("sensor", sensor));
		filters.put(InfluxSchema.TAG_ZONE, params.label("zone", zone));
		String chosenClass = params.oneOf("class", objectClass, Dims.CLASSES);
		// "all": every class summed (counters that do not tell classes apart report under
		// "all" too), one series per direction
		boolean allClasses = Dims.CLASS_ALL.equals(chosenClass);
		filters.put(InfluxSchema.TAG_CLASS, allClasses ? null : chosenClass);
		filters.put(InfluxSchema.TAG_DIRECTION, params.label("direction", direction));
		RequestParameters.Window window = params.window(from, to, every, this.limits, this.clock);
		return this.series.read(InfluxSchema.TRAFFIC, InfluxSchema.COUNT, Aggregation.SUM, window, filters, allClasses
				? List.of(InfluxSchema.TAG_DIRECTION) : List.of(InfluxSchema.TAG_CLASS, InfluxSchema.TAG_DIRECTION));
	}

}
