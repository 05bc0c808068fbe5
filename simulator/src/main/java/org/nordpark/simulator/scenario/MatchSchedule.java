package org.nordpark.simulator.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Decides which days are match days.
 *
 * @param choice the scenario choice
 * @param kickoff local kick-off time of every match
 * @param zone the site's time zone
 */
public record MatchSchedule(ScenarioChoice choice, LocalTime kickoff, ZoneId zone) {

	/** The plan of one local date. */
	public DayPlan plan(LocalDate date) {
		boolean match = switch (this.choice) {
			case AUTO -> date.getDayOfWeek() == DayOfWeek.SATURDAY;
			case NORMAL -> false;
			case MATCH_DAY -> true;
		};
		return new DayPlan(date, match ? this.kickoff : null, this.zone);
	}

}
