package org.nordpark.simulator.run;

import java.time.Duration;
import java.time.Instant;

/**
 * Maps scenario time to event time. A backfill uses scenario time as event time; a live
 * run stamps events with the wall clock while the scenario runs {@code speed} times
 * faster from a chosen start.
 *
 * @param scenarioStart scenario time at the start
 * @param eventStart event (wall-clock) time at the start
 * @param speed scenario seconds per event second
 */
public record TimeMapping(Instant scenarioStart, Instant eventStart, double speed) {

	public TimeMapping {
		if (!(speed > 0)) {
			throw new IllegalArgumentException("speed must be positive, was " + speed);
		}
	}

	/** Scenario time is event time. */
	public static TimeMapping identity() {
		return new TimeMapping(Instant.EPOCH, Instant.EPOCH, 1);
	}

	/** The event time of a scenario time. */
	public Instant eventTime(Instant scenarioTime) {
		if (this.speed == 1 && this.scenarioStart.equals(this.eventStart)) {
			return scenarioTime;
		}
		long nanos = Duration.between(this.scenarioStart, scenarioTime).toNanos();
		return this.eventStart.plusNanos(Math.round(nanos / this.speed));
	}

	/** The scenario time at an event time. */
	public Instant scenarioTime(Instant eventTime) {
		long nanos = Duration.between(this.eventStart, eventTime).toNanos();
		return this.scenarioStart.plusNanos(Math.round(nanos * this.speed));
	}

}
