package org.nordpark.simulator.run;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.model.site.Zone;
import org.nordpark.simulator.chirpstack.GatewaySite;
import org.nordpark.simulator.device.DeviceContext;
import org.nordpark.simulator.device.DeviceFactory;
import org.nordpark.simulator.device.SimulatedDevice;
import org.nordpark.simulator.scenario.MatchSchedule;
import org.nordpark.simulator.scenario.ScenarioChoice;
import org.nordpark.simulator.scenario.SiteScenario;
import org.nordpark.simulator.scenario.Weather;
import org.nordpark.simulator.site.SiteScaler;

/** Builds a simulation of a site from the configuration. */
public final class SimulationFactory {

	private SimulationFactory() {
	}

	/** The scenario of a site under the configuration. */
	public static SiteScenario scenario(SiteManifest site, SimulatorProperties properties) {
		ZoneId zone = ZoneId.of(site.site().timeZone());
		boolean live = properties.mode() != SimulatorProperties.Mode.BACKFILL;
		ScenarioChoice liveChoice = properties.liveScenario();
		MatchSchedule schedule = (live && liveChoice != null) ? new MatchSchedule(properties.scenario(),
				properties.kickoffTime(), zone, liveChoice, LocalDate.now(zone))
				: new MatchSchedule(properties.scenario(), properties.kickoffTime(), zone);
		return new SiteScenario(schedule, new Weather(properties.seed(), zone), properties.seed());
	}

	/** The simulation of a (scaled) site. */
	public static Simulation create(SiteManifest site, SimulatorProperties properties) {
		SiteScenario scenario = scenario(site, properties);
		List<GatewaySite> gateways = SiteScaler.gateways(properties.gateways(), properties.scale());
		Map<String, Zone> zones = new HashMap<>();
		site.zones().forEach((zone) -> zones.put(zone.id(), zone));
		List<SimulatedDevice> devices = new ArrayList<>();
		for (SiteSensor sensor : site.sensors()) {
			Zone zone = zones.get(sensor.zone());
			DeviceContext context = new DeviceContext(scenario, zone, site.site().centre(), gateways,
					properties.seed());
			devices.add(DeviceFactory.create(sensor, context));
		}
		return new Simulation(devices, properties.chirpstack().toTenant(),
				EventEncoders.of(properties.format(), properties.chirpstack().toTenant()), properties.duplicateRate(),
				properties.statusInterval());
	}

}
