package org.nordpark.api.live;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Which clock the site's data runs on, for the live page.
 *
 * @param clock {@code real} (readings happen at the time they are stamped with) or
 * {@code simulated} (the simulator plays a scenario faster than real time; readings are
 * stamped with the real time they are published at)
 * @param now the real time of this answer
 * @param simulatedTime the simulated time of day now, in the site's time zone
 * @param phase the scenario's phase, e.g. {@code arrival}, {@code second-half},
 * {@code normal-day}
 * @param speed simulated seconds per real second
 * @param loop excursion mode: which playing of the match day this is, from 0
 * @param loopLength excursion mode: real time one match day takes
 */
record SiteClock(@Schema(allowableValues = {
		"real", "simulated" }) String clock, Instant now, @Nullable OffsetDateTime simulatedTime,
		@Nullable String phase, @Nullable Double speed, @Nullable Long loop, @Nullable Duration loopLength){

	static SiteClock real(Instant now) {
		return new SiteClock("real", now, null, null, null, null, null);
	}

}
