package org.nordpark.api.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nordpark.api.system.formats.ApiMediaTypes;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The site's clock: real, or the simulator's scenario time and phase. */
@RestController
@Tag(name = "site")
class SiteClockController {

	private final SiteClockSource source;

	SiteClockController(SiteClockSource source) {
		this.source = source;
	}

	@GetMapping(path = "/api/v1/site/clock", produces = ApiMediaTypes.JSON)
	@Operation(summary = "The site's clock",
			description = "`real` for a real site. For the simulated demo site `simulated`, with the simulated time "
					+ "of day, the scenario's phase (`before-arrival`, `arrival`, `first-half`, `half-time`, "
					+ "`second-half`, `departure`, `evening`, or `normal-day`) and how much faster than real time "
					+ "it runs. Readings are stamped with real time either way, so every time range of the API "
					+ "(`from`, `to`, \"last 15 minutes\") is real time.")
	ResponseEntity<SiteClock> clock() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.source.now());
	}

}
