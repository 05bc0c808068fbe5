package org.nordpark.simulator.site;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.run.OutgoingEvent;
import org.nordpark.simulator.run.Simulation;
import org.nordpark.simulator.run.SimulationFactory;
import org.nordpark.simulator.run.SimulatorProperties.EventFormat;
import org.nordpark.simulator.run.TestSites;
import org.nordpark.simulator.run.TimeMapping;
import org.nordpark.simulator.scenario.ScenarioChoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SiteScalerTests {

	private final SiteManifest site = TestSites.demoSite();

	@Test
	void copiesEveryZoneWayAndSensorWithNewIdsFurtherEast() {
		SiteManifest scaled = SiteScaler.scale(this.site, 3);
		assertThat(scaled.sensors()).hasSize(3 * this.site.sensors().size());
		assertThat(scaled.zones()).hasSize(3 * this.site.zones().size());
		assertThat(scaled.ways()).hasSize(3 * this.site.ways().size());
		Set<String> devEuis = new HashSet<>();
		scaled.sensors().forEach((sensor) -> devEuis.add(sensor.devEui()));
		assertThat(devEuis).hasSize(scaled.sensors().size());
		SiteSensor original = this.site.sensors().get(0);
		SiteSensor third = scaled.sensors().get(2 * this.site.sensors().size());
		assertThat(third.zone()).isEqualTo(original.zone() + "-3");
		assertThat(third.lon()).isCloseTo(original.lon() + 0.06, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(third.settings()).isEqualTo(original.settings());
	}

	@Test
	void theScaledManifestIsWrittenSoThatItReadsBackTheSame() {
		SiteManifest scaled = SiteScaler.scale(this.site, 2);
		SiteManifest read = SiteManifest.read(new java.io.ByteArrayInputStream(
				ManifestWriter.toYaml(scaled).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "export");
		assertThat(read).isEqualTo(scaled);
	}

	@Test
	void everyCopyHasItsOwnGatewaysSoItsUplinksAreHeard() {
		int scale = 4;
		Simulation simulation = SimulationFactory.create(SiteScaler.scale(this.site, scale),
				TestSites.properties(5, ScenarioChoice.NORMAL, EventFormat.JSON, scale));
		Instant from = Instant.parse("2026-11-16T10:00:00Z");
		simulation.restart(from);
		List<OutgoingEvent> events = simulation.until(from.plusSeconds(3600), TimeMapping.identity());
		long lastCopy = events.stream().filter((event) -> event.devEui().startsWith("70b3d5e3")).count();
		assertThat(simulation.lost()).isZero();
		assertThat(lastCopy).isGreaterThan(events.size() / (2 * scale));
	}

	@Test
	void refusesAScaleBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> SiteScaler.scale(this.site, 0));
	}

}
