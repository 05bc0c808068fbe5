package org.nordpark.simulator.run;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated clock for the api's live page ({@code GET /scenario}): scenario time,
 * phase and speed while the live run plays; 503 before it does.
 */
@RestController
class ScenarioController {

	private final SimulationStatus status;

	private final Clock clock = Clock.systemUTC();

	ScenarioController(SimulationStatus status) {
		this.status = status;
	}

	@GetMapping(path = "/scenario", produces = "application/json")
	ResponseEntity<?> scenario() {
		ScenarioClock scenarioClock = this.status.clock();
		if (scenarioClock == null) {
			return ResponseEntity.status(503)
				.body(Map.of("phase", this.status.phase().name().toLowerCase(Locale.ROOT)));
		}
		return ResponseEntity.ok(scenarioClock.read(this.clock.instant()));
	}

}
