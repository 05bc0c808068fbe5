package org.nordpark.simulator.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.bridge.decoder.DeviceDecoders;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Observation;
import org.nordpark.model.SensorKind;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.run.OutgoingEvent;
import org.nordpark.simulator.run.Simulation;
import org.nordpark.simulator.run.SimulationFactory;
import org.nordpark.simulator.run.SimulatorProperties.EventFormat;
import org.nordpark.simulator.run.TestSites;
import org.nordpark.simulator.run.TimeMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a whole match day of the demo site, decodes every uplink with the bridge's
 * decoders (as the platform would) and checks the shape of the day: car parks fill before
 * kick-off and empty after the final whistle, fans walk to the stadium and back, the
 * stadium is loud during the match. A normal day stays quiet.
 */
class MatchDayShapeTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	/** A Saturday: a match day under the automatic schedule. */
	private static final LocalDate MATCH_DAY = LocalDate.of(2026, 11, 14);

	private static final Instant KICKOFF = MATCH_DAY.atTime(LocalTime.of(15, 30)).atZone(BERLIN).toInstant();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DeviceDecoders DECODERS = DeviceDecoders.standard();

	private static final Map<String, CatalogEntry> catalog = new HashMap<>();

	private static List<OutgoingEvent> matchDay;

	private static List<OutgoingEvent> normalDay;

	@BeforeAll
	static void simulate() {
		SiteManifest site = TestSites.demoSite();
		for (SiteSensor sensor : site.sensors()) {
			catalog.put(sensor.devEui(), sensor.toCatalogEntry(KICKOFF));
		}
		matchDay = run(site, ScenarioChoice.AUTO, MATCH_DAY);
		normalDay = run(site, ScenarioChoice.NORMAL, MATCH_DAY);
	}

	@Test
	void carParksFillBeforeKickoffAndEmptyAfterTheFinalWhistle() {
		Map<Instant, Double> occupancy = occupancy(matchDay,
				List.of(KICKOFF.minusSeconds(4 * 3600), KICKOFF.minusSeconds(90 * 60), KICKOFF.minusSeconds(60),
						KICKOFF.plusSeconds(60 * 60), KICKOFF.plusSeconds(5 * 3600)));
		assertThat(occupancy.get(KICKOFF.minusSeconds(4 * 3600))).isLessThan(0.3);
		assertThat(occupancy.get(KICKOFF.minusSeconds(90 * 60))).isBetween(0.15, 0.75);
		assertThat(occupancy.get(KICKOFF.minusSeconds(60))).isGreaterThan(0.8);
		assertThat(occupancy.get(KICKOFF.plusSeconds(60 * 60))).isGreaterThan(0.8);
		assertThat(occupancy.get(KICKOFF.plusSeconds(5 * 3600))).isLessThan(0.3);
	}

	@Test
	void aNormalDayNeverFillsTheCarParks() {
		List<Instant> hours = new java.util.ArrayList<>();
		for (int hour = 1; hour < 24; hour++) {
			hours.add(MATCH_DAY.atStartOfDay(BERLIN).toInstant().plusSeconds(hour * 3600L));
		}
		assertThat(occupancy(normalDay, hours).values()).allSatisfy((share) -> assertThat(share).isLessThan(0.4));
	}

	@Test
	void fansWalkToTheStadiumBeforeKickoffAndAwayAfterwards() {
		double inboundBefore = sum(matchDay, SensorKind.PEOPLE, "count", "inbound", KICKOFF.minusSeconds(3 * 3600),
				KICKOFF);
		double outboundBefore = sum(matchDay, SensorKind.PEOPLE, "count", "outbound", KICKOFF.minusSeconds(3 * 3600),
				KICKOFF);
		double outboundAfter = sum(matchDay, SensorKind.PEOPLE, "count", "outbound", KICKOFF.plusSeconds(100 * 60),
				KICKOFF.plusSeconds(200 * 60));
		double inboundNormal = sum(normalDay, SensorKind.PEOPLE, "count", "inbound", KICKOFF.minusSeconds(3 * 3600),
				KICKOFF);
		assertThat(inboundBefore).isGreaterThan(10 * outboundBefore).isGreaterThan(20 * inboundNormal);
		assertThat(outboundAfter).isGreaterThan(0.5 * inboundBefore);
	}

	@Test
	void roadTrafficPeaksInboundBeforeKickoff() {
		double inboundWave = sum(matchDay, SensorKind.TRAFFIC, "count", "inbound", KICKOFF.minusSeconds(2 * 3600),
				KICKOFF);
		double inboundNormal = sum(normalDay, SensorKind.TRAFFIC, "count", "inbound", KICKOFF.minusSeconds(2 * 3600),
				KICKOFF);
		assertThat(inboundWave).isGreaterThan(3 * inboundNormal);
	}

	@Test
	void theStadiumIsLoudDuringTheMatch() {
		double during = max(matchDay, SensorKind.NOISE, "leq_db", KICKOFF.plusSeconds(10 * 60),
				KICKOFF.plusSeconds(100 * 60));
		double night = max(matchDay, SensorKind.NOISE, "leq_db", KICKOFF.minusSeconds(12 * 3600),
				KICKOFF.minusSeconds(10 * 3600));
		assertThat(during).isGreaterThan(night + 15);
	}

	private static List<OutgoingEvent> run(SiteManifest site, ScenarioChoice scenario, LocalDate date) {
		Simulation simulation = SimulationFactory.create(site, TestSites.properties(11, scenario, EventFormat.JSON));
		simulation.restart(date.atStartOfDay(BERLIN).toInstant());
		return simulation.until(date.plusDays(1).atTime(2, 0).atZone(BERLIN).toInstant(), TimeMapping.identity())
			.stream()
			.filter((event) -> event.event().equals("up"))
			.toList();
	}

	/** Share of occupied bays at each instant, from the decoded uplinks. */
	private static Map<Instant, Double> occupancy(List<OutgoingEvent> events, List<Instant> instants) {
		Map<String, Boolean> state = new HashMap<>();
		long bays = catalog.values().stream().filter((entry) -> entry.kind() == SensorKind.PARKING).count();
		Map<Instant, Double> result = new HashMap<>();
		int next = 0;
		for (OutgoingEvent event : events) {
			while (next < instants.size() && !event.time().isBefore(instants.get(next))) {
				result.put(instants.get(next++), occupied(state) / bays);
			}
			for (Observation observation : decode(event)) {
				Double occupied = observation.values().get("occupied");
				if (occupied != null) {
					state.put(event.devEui(), occupied == 1.0);
				}
			}
		}
		while (next < instants.size()) {
			result.put(instants.get(next++), occupied(state) / bays);
		}
		return result;
	}

	private static double occupied(Map<String, Boolean> state) {
		return state.values().stream().filter((value) -> value).count();
	}

	private static double sum(List<OutgoingEvent> events, SensorKind kind, String field, String direction, Instant from,
			Instant to) {
		return values(events, kind, field, direction, from, to).stream().mapToDouble(Double::doubleValue).sum();
	}

	private static double max(List<OutgoingEvent> events, SensorKind kind, String field, Instant from, Instant to) {
		return values(events, kind, field, null, from, to).stream().mapToDouble(Double::doubleValue).max().orElse(0);
	}

	private static List<Double> values(List<OutgoingEvent> events, SensorKind kind, String field, String direction,
			Instant from, Instant to) {
		return events.stream()
			.filter((event) -> catalog.get(event.devEui()).kind() == kind)
			.filter((event) -> !event.time().isBefore(from) && event.time().isBefore(to))
			.flatMap((event) -> decode(event).stream())
			.filter((observation) -> direction == null || direction.equals(observation.dims().get("direction")))
			.map((observation) -> observation.values().get(field))
			.filter((value) -> value != null)
			.toList();
	}

	private static List<Observation> decode(OutgoingEvent event) {
		JsonNode up = JSON.readTree(event.payload());
		CatalogEntry sensor = catalog.get(up.get("deviceInfo").get("devEui").asString());
		return DECODERS.decode(sensor, up.get("fPort").asInt(), Base64.getDecoder().decode(up.get("data").asString()));
	}

}
