package org.nordpark.api.parking;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.QueryProperties;
import org.nordpark.api.query.RequestParameters;
import org.nordpark.api.system.ApiDocs;
import org.nordpark.api.system.formats.ApiMediaTypes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Parking occupancy over time. */
@RestController
@Tag(name = "parking", description = "Parking occupancy over time")
class ParkingController {

	private final OccupancyReader occupancy;

	private final QueryProperties limits;

	private final Clock clock;

	ParkingController(OccupancyReader occupancy, QueryProperties limits, Clock clock) {
		this.occupancy = occupancy;
		this.limits = limits;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/parking/occupancy", produces = { ApiMediaTypes.JSON, ApiMediaTypes.TEXT_CSV })
	@Operation(summary = "Parking occupancy over time per zone",
			description = "Per zone and interval: occupied, free and total sensed bays at the end of the interval, "
					+ "carrying every bay's latest state forward (bays report changes, not a steady stream). Long "
					+ "ranges (> `nordpark.api.query.hourly-after`, every ≥ 1h) use the hourly rollups and give mean "
					+ "occupied bays." + ApiDocs.CSV_NOTE)
	OccupancyResponse occupancy(
			@Parameter(description = ApiDocs.ZONE + " Default: every zone.",
					example = ApiDocs.ZONE_EXAMPLE) @RequestParam(required = false) @Nullable String zone,
			@Parameter(description = ApiDocs.FROM,
					example = ApiDocs.FROM_EXAMPLE) @RequestParam(required = false) @Nullable String from,
			@Parameter(description = ApiDocs.TO,
					example = ApiDocs.TO_EXAMPLE) @RequestParam(required = false) @Nullable String to,
			@Parameter(description = ApiDocs.EVERY,
					example = ApiDocs.EVERY_EXAMPLE) @RequestParam(required = false) @Nullable String every) {
		RequestParameters params = new RequestParameters();
		String zoneLabel = params.label("zone", zone);
		RequestParameters.Window window = params.window(from, to, every, this.limits, this.clock);
		return this.occupancy.read(zoneLabel, window);
	}

}
