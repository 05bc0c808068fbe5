package org.nordpark.api.environment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.nordpark.api.query.SeriesResponse;
import org.nordpark.api.system.ApiDocs;
import org.nordpark.api.system.formats.ApiMediaTypes;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Environmental series per sensor. */
@RestController
@Tag(name = "environment", description = "Air quality and climate series per sensor")
class EnvironmentController {

	private final EnvironmentSeriesReader series;

	EnvironmentController(EnvironmentSeriesReader series) {
		this.series = series;
	}

	@GetMapping(path = "/api/v1/environment/series", produces = { ApiMediaTypes.JSON, ApiMediaTypes.TEXT_CSV })
	@Operation(summary = "Environmental series per sensor",
			description = "One environment field aggregated per interval, one series per sensor (tags sensorId and "
					+ "zone)." + ApiDocs.CSV_NOTE)
	SeriesResponse environment(@ParameterObject @Valid EnvironmentQuery query) {
		return this.series.read(query);
	}

}
