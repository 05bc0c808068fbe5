package org.nordpark.api.traffic;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.nordpark.api.query.SeriesResponse;
import org.nordpark.api.system.ApiDocs;
import org.nordpark.api.system.formats.ApiMediaTypes;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Traffic flow: counts per interval. */
@RestController
@Tag(name = "traffic", description = "Traffic counts per interval by class and direction")
class TrafficController {

	private final TrafficFlowReader flow;

	TrafficController(TrafficFlowReader flow) {
		this.flow = flow;
	}

	@GetMapping(path = "/api/v1/traffic/flow", produces = { ApiMediaTypes.JSON, ApiMediaTypes.TEXT_CSV })
	@Operation(summary = "Traffic flow per interval",
			description = "Objects counted per interval (sum of `count`), one series per class and direction, summed "
					+ "over the matching counters; `class=all` sums every class into one series per direction "
					+ "(counters that do not tell classes apart count under `all`). Intervals without uplinks are left out. Long ranges use the hourly "
					+ "sums." + ApiDocs.CSV_NOTE)
	SeriesResponse flow(@ParameterObject @Valid FlowQuery query) {
		return this.flow.read(query);
	}

}
