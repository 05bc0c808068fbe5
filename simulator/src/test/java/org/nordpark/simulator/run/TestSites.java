package org.nordpark.simulator.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.nordpark.model.site.SiteManifest;
import org.nordpark.simulator.chirpstack.GatewaySite;
import org.nordpark.simulator.run.SimulatorProperties.EventFormat;
import org.nordpark.simulator.run.SimulatorProperties.Mode;
import org.nordpark.simulator.scenario.ScenarioChoice;

/** The demo site and configurations for tests. */
public final class TestSites {

	/** The demo manifest shipped in the repository. */
	public static final Path DEMO_MANIFEST = Path.of("..", "config", "nordpark-site.yaml");

	public static final List<GatewaySite> GATEWAYS = List.of(
			new GatewaySite("0016c001f1500001", "Stadion", 51.1753, 6.3852, 92, true),
			new GatewaySite("0016c001f1500002", "REDBOX", 51.1711, 6.3899, 68, false),
			new GatewaySite("0016c001f1500003", "Verwaltung", 51.1697, 6.3788, 61, false));

	private TestSites() {
	}

	public static SiteManifest demoSite() {
		return SiteManifest.load(DEMO_MANIFEST);
	}

	public static SimulatorProperties properties(long seed, ScenarioChoice scenario, EventFormat format) {
		return properties(seed, scenario, format, 1);
	}

	public static SimulatorProperties properties(long seed, ScenarioChoice scenario, EventFormat format, int scale) {
		return new SimulatorProperties(DEMO_MANIFEST.toString(), Mode.BACKFILL, Duration.ofDays(1), 1, scale, seed,
				scenario, null, "15:30", null, format, 0.01, Duration.ofHours(24), 0, false, null,
				new SimulatorProperties.Tenant("52f14cd4-c6f1-4fbd-8f87-4025e1d49242", "Test",
						"0b6d4a9e-1c2f-4e3a-9d58-7f1e2a3b4c5d", "nordpark-sensors", "eu868"),
				GATEWAYS, null);
	}

	public static Simulation simulation(long seed, ScenarioChoice scenario) {
		return SimulationFactory.create(demoSite(), properties(seed, scenario, EventFormat.JSON));
	}

}
