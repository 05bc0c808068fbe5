package org.nordpark.api.zone;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nordpark.api.system.ApiMediaTypes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Zones now: parking occupancy and latest environment values. */
@RestController
@Tag(name = "zones", description = "Zones with their current parking occupancy and environment")
class ZoneController {

	private final ZoneSummaryReader zones;

	ZoneController(ZoneSummaryReader zones) {
		this.zones = zones;
	}

	@GetMapping(path = "/api/v1/zones", produces = ApiMediaTypes.JSON)
	@Operation(summary = "List zones with current occupancy and environment",
			description = "Every zone of the site manifest, the catalog and the data. Parking counts the latest state "
					+ "of every bay in the zone, however long ago it reported (within "
					+ "`nordpark.api.query.state-lookback`): occupied, free and total sensed bays; `capacity` is "
					+ "the zone's size from the site manifest. Environment gives, per field, the mean of each "
					+ "sensor's latest value. Served from a cache of at most `nordpark.api.cache-ttl` (1 s).")
	ZoneList zones() {
		return this.zones.zones();
	}

}
