package org.nordpark.simulator.run;

import java.time.Duration;
import java.time.Instant;

/**
 * The timing of excursion mode: the scenario window {@code [windowStart, windowStart +
 * window)} plays in {@code loopLength} of real time from {@code realStart}, again and
 * again. Loop {@code n} starts at {@code realStart + n * loopLength}, computed rather
 * than measured, so loops never drift.
 *
 * @param windowStart scenario time the played window starts at
 * @param window scenario time one loop plays
 * @param realStart real time the first loop starts
 * @param loopLength real time one loop takes
 */
record ExcursionLoop(Instant windowStart, Duration window, Instant realStart, Duration loopLength) {

	/** Scenario seconds per real second. */
	double speed() {
		return (double) this.window.toNanos() / this.loopLength.toNanos();
	}

	/** Scenario time the window ends at. */
	Instant windowEnd() {
		return this.windowStart.plus(this.window);
	}

	/** The loop playing at a real time (0 for the first). */
	long loop(Instant now) {
		return Math.max(0, Math.floorDiv(Duration.between(this.realStart, now).toNanos(), this.loopLength.toNanos()));
	}

	/** Scenario to real time in loop {@code n}. */
	TimeMapping mapping(long loop) {
		return new TimeMapping(this.windowStart, this.realStart.plus(this.loopLength.multipliedBy(loop)), speed());
	}

	/** The scenario time at a real time. */
	Instant scenarioTime(Instant now) {
		return mapping(loop(now)).scenarioTime(now);
	}

}
