package org.nordpark.api.parking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.nordpark.api.query.SeriesWindows;
import org.nordpark.api.system.ApiDocs;
import org.nordpark.api.system.formats.ApiMediaTypes;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Parking occupancy over time. */
@RestController
@Tag(name = "parking", description = "Parking occupancy over time")
class ParkingController {

	private final OccupancyReader occupancy;

	private final SeriesWindows windows;

	ParkingController(OccupancyReader occupancy, SeriesWindows windows) {
		this.occupancy = occupancy;
		this.windows = windows;
	}

	@GetMapping(path = "/api/v1/parking/occupancy", produces = { ApiMediaTypes.JSON, ApiMediaTypes.TEXT_CSV })
	@Operation(summary = "Parking occupancy over time per zone",
			description = "Per zone and interval: occupied, free and total sensed bays at the end of the interval, "
					+ "carrying every bay's latest state forward (bays report changes, not a steady stream). Long "
					+ "ranges (> `nordpark.api.query.hourly-after`, every ≥ 1h) use the hourly rollups and give mean "
					+ "occupied bays. Car parks counted at their gates also carry `carPark`: the whole car park's "
					+ "occupancy out of its capacity, estimated from the entry and exit counts and corrected to the "
					+ "bays' ratio at quiet moments (design §8)." + ApiDocs.CSV_NOTE)
	OccupancyResponse occupancy(@ParameterObject @Valid OccupancyQuery query) {
		return this.occupancy.read(query.zone(), this.windows.resolve(query));
	}

}
