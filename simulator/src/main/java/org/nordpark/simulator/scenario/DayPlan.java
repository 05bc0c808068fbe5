package org.nordpark.simulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * One day of the site.
 *
 * @param date the local date
 * @param kickoff local kick-off time on a match day, {@code null} on a normal day
 * @param zone the site's time zone
 */
public record DayPlan(LocalDate date, @Nullable LocalTime kickoff, ZoneId zone) {

	/** Kick-off to final whistle, with half-time and stoppage time. */
	public static final Duration MATCH_LENGTH = Duration.ofMinutes(110);

	/** Whether a match is played. */
	public boolean matchDay() {
		return this.kickoff != null;
	}

	/** The kick-off instant; only on match days. */
	public Instant kickoffInstant() {
		if (this.kickoff == null) {
			throw new IllegalStateException(this.date + " is not a match day");
		}
		return this.date.atTime(this.kickoff).atZone(this.zone).toInstant();
	}

	/** Minutes from kick-off to {@code time} (negative before), on match days. */
	public double minutesFromKickoff(Instant time) {
		return Duration.between(kickoffInstant(), time).toMillis() / 60_000.0;
	}

}
