package org.nordpark.simulator.run;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.nordpark.simulator.scenario.MatchPhase;
import org.nordpark.simulator.scenario.SiteScenario;

/**
 * The simulated clock of a live run: which scenario time it is at a real time, the
 * scenario's phase then and, in excursion mode, which loop is playing.
 *
 * @param scenario the site's scenario (for the day plan)
 * @param mapping scenario to real time of a plain live run
 * @param excursion the loop timing in excursion mode, else {@code null}
 */
record ScenarioClock(SiteScenario scenario, TimeMapping mapping, @Nullable ExcursionLoop excursion) {

	/** What the clock shows at a real time. */
	Reading read(Instant now) {
		Instant time = (this.excursion != null) ? this.excursion.scenarioTime(now) : this.mapping.scenarioTime(now);
		MatchPhase phase = MatchPhase.of(this.scenario.plan(time), time);
		OffsetDateTime local = time.atZone(this.scenario.zone()).toOffsetDateTime();
		if (this.excursion != null) {
			return new Reading(now, local, phase.id(), this.excursion.speed(), this.excursion.loop(now),
					this.excursion.loopLength());
		}
		return new Reading(now, local, phase.id(), this.mapping.speed(), null, null);
	}

	/**
	 * The simulated clock at one moment.
	 *
	 * @param realTime the real time it was read at
	 * @param scenarioTime the simulated time, in the site's time zone
	 * @param phase the scenario's phase, e.g. {@code second-half}
	 * @param speed scenario seconds per real second
	 * @param loop excursion mode: the loop playing, from 0
	 * @param loopLength excursion mode: real time one loop takes
	 */
	record Reading(Instant realTime, OffsetDateTime scenarioTime, String phase, double speed, @Nullable Long loop,
			@Nullable Duration loopLength) {

	}

}
