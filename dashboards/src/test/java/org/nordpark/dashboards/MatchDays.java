package org.nordpark.dashboards;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The rhythm of the seeded site: a daily cycle and two matches (a Saturday-afternoon-like
 * 15:30 and an evening 18:30 kick-off, six and two days before the end), in the site's
 * time zone.
 */
final class MatchDays {

	private final ZoneId zone;

	private final List<Instant> kickOffs;

	MatchDays(ZoneId zone, Instant end) {
		this.zone = zone;
		ZonedDateTime today = end.atZone(zone).truncatedTo(ChronoUnit.DAYS);
		this.kickOffs = List.of(today.minusDays(6).withHour(15).withMinute(30).toInstant(),
				today.minusDays(2).withHour(18).withMinute(30).toInstant());
	}

	ZoneId zone() {
		return this.zone;
	}

	/**
	 * Probability that a bay is occupied: near full from 3 h before kick-off until the
	 * car parks empty.
	 */
	double occupancyTarget(Instant t) {
		for (Instant kickOff : this.kickOffs) {
			if (t.isAfter(kickOff.minus(Duration.ofHours(3))) && t.isBefore(kickOff.plus(Duration.ofMinutes(150)))) {
				return 0.97;
			}
		}
		int hour = t.atZone(this.zone).getHour();
		return (hour < 6) ? 0.1 : (hour < 19) ? 0.45 : 0.25;
	}

	/** Daytime factor of flows, 0.1 at night to 1.2 in the afternoon. */
	double daily(Instant t) {
		int hour = t.atZone(this.zone).getHour();
		return (hour < 6) ? 0.1 : (hour < 9) ? 0.8 : (hour < 20) ? 1.2 : 0.4;
	}

	/**
	 * Inbound flows swell in the two hours before kick-off, outbound ones after the
	 * match.
	 */
	double match(Instant t, String direction) {
		boolean in = direction.equals("inbound") || direction.equals("entering");
		for (Instant kickOff : this.kickOffs) {
			if (in && t.isAfter(kickOff.minus(Duration.ofHours(2))) && t.isBefore(kickOff)) {
				return 6;
			}
			if (!in && t.isAfter(kickOff.plus(Duration.ofMinutes(110)))
					&& t.isBefore(kickOff.plus(Duration.ofMinutes(170)))) {
				return 8;
			}
		}
		return 1;
	}

	/** Whether a match crowd is arriving or leaving. */
	boolean crowd(Instant t) {
		return match(t, "inbound") > 1 || match(t, "outbound") > 1;
	}

}
