package org.nordpark.simulator.run;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nordpark.simulator.scenario.ScenarioChoice;

import static org.assertj.core.api.Assertions.assertThat;

class SimulationTests {

	private static final Instant FROM = Instant.parse("2026-11-13T23:00:00Z");

	private static final Instant TO = Instant.parse("2026-11-14T23:00:00Z");

	private static final Instant SIX_HOURS = Instant.parse("2026-11-14T05:00:00Z");

	@Test
	void theSameSeedGivesTheSameEvents() {
		List<OutgoingEvent> first = run(7);
		List<OutgoingEvent> second = run(7);
		assertThat(first).hasSameSizeAs(second);
		for (int i = 0; i < first.size(); i++) {
			assertThat(second.get(i).topic()).isEqualTo(first.get(i).topic());
			assertThat(second.get(i).payload()).isEqualTo(first.get(i).payload());
		}
	}

	@Test
	void anotherSeedGivesOtherEvents() {
		List<OutgoingEvent> first = run(7);
		List<OutgoingEvent> other = run(8);
		assertThat(other.stream().map((e) -> new String(e.payload(), StandardCharsets.UTF_8)).toList())
			.isNotEqualTo(first.stream().map((e) -> new String(e.payload(), StandardCharsets.UTF_8)).toList());
	}

	@Test
	void everyDeviceSendsUpEventsInTimeOrderAndSomeStatusEvents() {
		Simulation simulation = TestSites.simulation(3, ScenarioChoice.MATCH_DAY);
		simulation.restart(FROM);
		List<OutgoingEvent> events = simulation.until(TO, TimeMapping.identity());
		for (int i = 1; i < events.size(); i++) {
			// in scenario order; event times add the gateways' few milliseconds of
			// reception delay
			assertThat(events.get(i).time()).isAfter(events.get(i - 1).time().minusMillis(100));
		}
		Map<String, Long> upsPerDevice = events.stream()
			.filter((event) -> event.event().equals("up"))
			.collect(Collectors.groupingBy(OutgoingEvent::devEui, Collectors.counting()));
		assertThat(upsPerDevice).hasSize(simulation.devices().size());
		assertThat(events.stream().filter((event) -> event.event().equals("status")).map(OutgoingEvent::devEui))
			.doesNotHaveDuplicates()
			.hasSizeGreaterThan(simulation.devices().size() / 2);
		Map<String, Long> byPayload = events.stream()
			.filter((event) -> event.event().equals("up"))
			.collect(Collectors.groupingBy((e) -> new String(e.payload(), StandardCharsets.UTF_8),
					Collectors.counting()));
		assertThat(byPayload.values()).as("some deliveries are duplicated").contains(2L);
	}

	private static List<OutgoingEvent> run(long seed) {
		Simulation simulation = TestSites.simulation(seed, ScenarioChoice.AUTO);
		simulation.restart(FROM);
		return simulation.until(SIX_HOURS, TimeMapping.identity());
	}

}
