package org.nordpark.simulator.scenario;

import java.time.Instant;
import java.util.Locale;

/**
 * What is happening on the site at a moment of a day, as visitors would name it. The
 * boundaries follow the scenario's waves: fans start walking 180 minutes before kick-off,
 * the match (with half-time from minute 47 to 62) ends 110 minutes after kick-off, the
 * last cars have left 200 minutes after it.
 */
public enum MatchPhase {

	/** No match today. */
	NORMAL_DAY,
	/** Match day, before the arrival wave. */
	BEFORE_ARRIVAL,
	/** Fans and cars arriving. */
	ARRIVAL,
	/** Kick-off to half-time. */
	FIRST_HALF,
	/** Half-time break. */
	HALF_TIME,
	/** Second half to the final whistle. */
	SECOND_HALF,
	/** Fans and cars leaving. */
	DEPARTURE,
	/** Match day, after the departure wave. */
	EVENING;

	/** The phase at a moment of a day with this plan. */
	public static MatchPhase of(DayPlan plan, Instant time) {
		if (!plan.matchDay()) {
			return NORMAL_DAY;
		}
		double minute = plan.minutesFromKickoff(time);
		if (minute < -180) {
			return BEFORE_ARRIVAL;
		}
		if (minute < 0) {
			return ARRIVAL;
		}
		if (minute < 47) {
			return FIRST_HALF;
		}
		if (minute < 62) {
			return HALF_TIME;
		}
		if (minute < 110) {
			return SECOND_HALF;
		}
		if (minute < 200) {
			return DEPARTURE;
		}
		return EVENING;
	}

	/** The identifier clients see, e.g. {@code second-half}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
