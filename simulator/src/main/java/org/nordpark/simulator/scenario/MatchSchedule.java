package org.nordpark.simulator.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * Decides which days are match days.
 *
 * @param choice the scenario choice
 * @param kickoff local kick-off time of every match
 * @param zone the site's time zone
 * @param liveChoice the choice from {@code liveFrom} on (a live run after a backfill)
 * @param liveFrom first date of the live choice; {@code null} uses {@code choice} always
 */
public record MatchSchedule(ScenarioChoice choice, LocalTime kickoff, ZoneId zone, ScenarioChoice liveChoice,
		@Nullable LocalDate liveFrom) {

	/** One choice for every day. */
	public MatchSchedule(ScenarioChoice choice, LocalTime kickoff, ZoneId zone) {
		this(choice, kickoff, zone, choice, null);
	}

	/** The plan of one local date. */
	public DayPlan plan(LocalDate date) {
		ScenarioChoice effective = (this.liveFrom != null && !date.isBefore(this.liveFrom)) ? this.liveChoice
				: this.choice;
		boolean match = switch (effective) {
			case AUTO -> date.getDayOfWeek() == DayOfWeek.SATURDAY;
			case NORMAL -> false;
			case MATCH_DAY -> true;
		};
		return new DayPlan(date, match ? this.kickoff : null, this.zone);
	}

}
