package org.nordpark.simulator.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The site's activity as rates over time: vehicles on the access roads, cars entering and
 * leaving the car parks, pedestrians on the footpaths, crowd noise and goals. Normal days
 * have commuter peaks; match days add an arrival wave over the hours before kick-off and
 * a departure wave after the final whistle. Counters draw Poisson counts from these
 * rates; bay sensors draw their arrival and departure times from the same
 * {@link Triangular} distributions, so both agree.
 *
 * @param schedule which days are match days
 * @param weather weather over the site
 * @param seed the simulation seed
 */
public record SiteScenario(MatchSchedule schedule, Weather weather, long seed) {

	/** Cars arriving for a match, minutes relative to kick-off. */
	public static final Triangular CAR_ARRIVAL = new Triangular(-150, -40, 0);

	/** Cars leaving after a match, minutes relative to kick-off. */
	public static final Triangular CAR_DEPARTURE = new Triangular(95, 115, 200);

	/** Fans walking to the stadium, minutes relative to kick-off. */
	public static final Triangular FAN_ARRIVAL = new Triangular(-180, -35, 10);

	/** Fans walking away, minutes relative to kick-off. */
	public static final Triangular FAN_DEPARTURE = new Triangular(100, 112, 170);

	/** Vehicles per direction that a main access road carries in a match wave. */
	static final double MATCH_VEHICLES_PER_ROAD = 2600;

	/** Fans passing one main footpath counter in a match wave. */
	static final double MATCH_FANS_PER_PATH = 6000;

	/** The site's time zone. */
	public ZoneId zone() {
		return this.schedule.zone();
	}

	/** The plan of the local day containing {@code time}. */
	public DayPlan plan(Instant time) {
		return this.schedule.plan(time.atZone(zone()).toLocalDate());
	}

	/** The plan of a local date. */
	public DayPlan plan(LocalDate date) {
		return this.schedule.plan(date);
	}

	/** Vehicles per hour in one direction on a main access road. */
	public double roadVehiclesPerHour(Instant time, boolean towardsStadium) {
		double hour = Weather.hourOfDay(time.atZone(zone()));
		double commute = towardsStadium ? 320 * bump(hour, 7.8, 1.1) + 180 * bump(hour, 17.2, 1.4)
				: 160 * bump(hour, 8.0, 1.2) + 360 * bump(hour, 17.0, 1.3);
		double daytime = 90 * bump(hour, 13, 4.5) + 15;
		return commute + daytime + MATCH_VEHICLES_PER_ROAD * 60 * matchDensity(time, towardsStadium, false);
	}

	/** Cars per hour entering (or leaving) a car park of the given capacity. */
	public double carParkVehiclesPerHour(Instant time, boolean entering, int capacity) {
		double hour = Weather.hourOfDay(time.atZone(zone()));
		double normal = capacity * 0.012 * (entering ? bump(hour, 9.5, 2.5) : bump(hour, 16.5, 2.5));
		return normal + capacity * 0.9 * 60 * matchDensity(time, entering, false);
	}

	/** Pedestrians per hour in one direction past a main footpath counter. */
	public double pedestriansPerHour(Instant time, boolean towardsStadium) {
		double hour = Weather.hourOfDay(time.atZone(zone()));
		double walkers = 35 * bump(hour, 11, 2.5) + 45 * bump(hour, 17.5, 2) + 2;
		return walkers + MATCH_FANS_PER_PATH * 60 * matchDensity(time, towardsStadium, true);
	}

	/**
	 * Crowd activity in the stadium from 0 (empty) to 1 (match in play), for noise and
	 * CO2 around the stadium.
	 */
	public double crowdLevel(Instant time) {
		DayPlan plan = plan(time);
		if (!plan.matchDay()) {
			return 0;
		}
		double minute = plan.minutesFromKickoff(time);
		if (minute < -120 || minute > 150) {
			return 0;
		}
		if (minute < 0) {
			return 0.15 + 0.45 * (minute + 120) / 120;
		}
		if (minute < 47) {
			return 1;
		}
		if (minute < 62) {
			return 0.55;
		}
		if (minute < 110) {
			return 1;
		}
		return 0.4 * (150 - minute) / 40;
	}

	/** Whether a goal was scored in {@code [from, to)}: the crowd roars. */
	public boolean goalBetween(Instant from, Instant to) {
		DayPlan plan = plan(from);
		if (!plan.matchDay()) {
			return false;
		}
		Instant kickoff = plan.kickoffInstant();
		for (double minute : goalMinutes(plan.date())) {
			Instant goal = kickoff.plusSeconds((long) (minute * 60));
			if (!goal.isBefore(from) && goal.isBefore(to)) {
				return true;
			}
		}
		return false;
	}

	/** Traffic on the site's roads from 0 (night) to about 1 (peak of a match wave). */
	public double trafficIntensity(Instant time) {
		return (roadVehiclesPerHour(time, true) + roadVehiclesPerHour(time, false)) / 2400;
	}

	/** Minutes (from kick-off, playing time with half-time included) of the goals. */
	List<Double> goalMinutes(LocalDate date) {
		SplittableRandom random = Randoms.derive(this.seed, "goals" + date);
		int goals = Randoms.poisson(random, 2.9);
		List<Double> minutes = new ArrayList<>();
		for (int i = 0; i < goals; i++) {
			double played = random.nextDouble() * 93;
			minutes.add(played < 46 ? played : played + 15);
		}
		return minutes;
	}

	/** Per-minute density of the match wave at {@code time} in one direction. */
	private double matchDensity(Instant time, boolean arriving, boolean pedestrians) {
		ZonedDateTime local = time.atZone(zone());
		double density = 0;
		// a wave may cross midnight: look at today and yesterday
		for (LocalDate date : List.of(local.toLocalDate(), local.toLocalDate().minusDays(1))) {
			DayPlan plan = plan(date);
			if (plan.matchDay()) {
				double minute = plan.minutesFromKickoff(time);
				Triangular wave = arriving ? (pedestrians ? FAN_ARRIVAL : CAR_ARRIVAL)
						: (pedestrians ? FAN_DEPARTURE : CAR_DEPARTURE);
				density += wave.density(minute);
			}
		}
		return density;
	}

	private static double bump(double x, double centre, double width) {
		double z = (x - centre) / width;
		return Math.exp(-z * z / 2);
	}

}
