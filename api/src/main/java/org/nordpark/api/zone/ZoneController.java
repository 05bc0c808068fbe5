package org.nordpark.api.zone;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.nordpark.api.system.formats.ApiMediaTypes;

import org.springframework.http.ResponseEntity;
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
					+ "sensor's latest value. Served from a cache refreshed every `nordpark.api.cache-ttl` (5 s); "
					+ "send the `ETag` back in `If-None-Match` to get 304 while nothing changed.")
	@ApiResponse(responseCode = "200", description = "The zones",
			content = @Content(mediaType = ApiMediaTypes.JSON, schema = @Schema(implementation = ZoneList.class)))
	ResponseEntity<byte[]> zones(HttpServletRequest request) {
		return this.zones.zones().response(request);
	}

}
