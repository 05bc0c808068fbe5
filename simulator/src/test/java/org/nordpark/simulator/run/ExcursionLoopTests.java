package org.nordpark.simulator.run;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nordpark.simulator.scenario.MatchSchedule;
import org.nordpark.simulator.scenario.ScenarioChoice;
import org.nordpark.simulator.scenario.SiteScenario;
import org.nordpark.simulator.scenario.Weather;

import static org.assertj.core.api.Assertions.assertThat;

class ExcursionLoopTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Instant KICKOFF = LocalDate.of(2026, 12, 5).atTime(15, 30).atZone(BERLIN).toInstant();

	private static final Instant REAL_START = Instant.parse("2026-12-05T08:00:00Z");

	private final SiteScenario scenario = new SiteScenario(
			new MatchSchedule(ScenarioChoice.MATCH_DAY, LocalTime.of(15, 30), BERLIN), new Weather(1, BERLIN), 1);

	// the demo's window: 4 h before to 4 h after kick-off, here in 2 minutes of real time
	private final ExcursionLoop loops = new ExcursionLoop(KICKOFF.minus(Duration.ofHours(4)), Duration.ofHours(8),
			REAL_START, Duration.ofMinutes(2));

	@Test
	void playsEveryPhaseOfTheMatchDayWithinOneLoopInOrder() {
		ScenarioClock clock = new ScenarioClock(this.scenario, this.loops.mapping(0), this.loops);
		List<String> phases = new ArrayList<>();
		for (long millis = 0; millis < Duration.ofMinutes(2).toMillis(); millis += 250) {
			String phase = clock.read(REAL_START.plusMillis(millis)).phase();
			if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase)) {
				phases.add(phase);
			}
		}
		assertThat(phases).containsExactly("before-arrival", "arrival", "first-half", "half-time", "second-half",
				"departure", "evening");
		assertThat(this.loops.speed()).isEqualTo(240.0);
	}

	@Test
	void loopsBackToTheStartOfTheWindowWithoutDrift() {
		ScenarioClock clock = new ScenarioClock(this.scenario, this.loops.mapping(0), this.loops);
		ScenarioClock.Reading lastOfFirst = clock.read(REAL_START.plus(Duration.ofMinutes(2)).minusMillis(1));
		ScenarioClock.Reading firstOfSecond = clock.read(REAL_START.plus(Duration.ofMinutes(2)));
		assertThat(lastOfFirst.loop()).isZero();
		assertThat(lastOfFirst.phase()).isEqualTo("evening");
		assertThat(firstOfSecond.loop()).isEqualTo(1);
		assertThat(firstOfSecond.phase()).isEqualTo("before-arrival");
		assertThat(firstOfSecond.scenarioTime().toInstant()).isEqualTo(KICKOFF.minus(Duration.ofHours(4)));
		// the tenth loop starts exactly ten loop lengths after the first
		ScenarioClock.Reading tenth = clock.read(REAL_START.plus(Duration.ofMinutes(20)));
		assertThat(tenth.loop()).isEqualTo(10);
		assertThat(tenth.scenarioTime().toInstant()).isEqualTo(KICKOFF.minus(Duration.ofHours(4)));
		assertThat(tenth.scenarioTime().getOffset().getTotalSeconds()).isEqualTo(3600);
	}

	@Test
	void mapsEventsOfLaterLoopsToTheirLoopsRealTime() {
		Instant windowStart = KICKOFF.minus(Duration.ofHours(4));
		assertThat(this.loops.mapping(3).eventTime(windowStart)).isEqualTo(REAL_START.plus(Duration.ofMinutes(6)));
		assertThat(this.loops.mapping(3).eventTime(KICKOFF)).isEqualTo(REAL_START.plus(Duration.ofMinutes(7)));
	}

}
