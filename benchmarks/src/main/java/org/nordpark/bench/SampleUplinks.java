package org.nordpark.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.simulator.chirpstack.GatewaySite;
import org.nordpark.simulator.run.OutgoingEvent;
import org.nordpark.simulator.run.Simulation;
import org.nordpark.simulator.run.SimulationFactory;
import org.nordpark.simulator.run.SimulatorProperties;
import org.nordpark.simulator.run.SimulatorProperties.EventFormat;
import org.nordpark.simulator.run.SimulatorProperties.Mode;
import org.nordpark.simulator.run.TimeMapping;
import org.nordpark.simulator.scenario.ScenarioChoice;
import org.nordpark.simulator.site.SiteScaler;

/**
 * Realistic ChirpStack {@code up} events from the simulator: the demo site (scaled), its
 * scenario, real payload bytes, 1–3 gateways, no duplicate deliveries (so every event is
 * one distinct uplink and one {@code link} point).
 *
 * @param site the (scaled) site the events belong to: the bridge's catalog
 * @param events the {@code up} events in time order
 */
public record SampleUplinks(SiteManifest site, List<OutgoingEvent> events) {

	/** Where the scaled simulation starts. */
	public static final Instant START = Instant.parse("2026-09-01T00:00:00Z");

	private static final List<GatewaySite> GATEWAYS = List.of(
			new GatewaySite("0016c001f1500001", "Stadion", 51.1753, 6.3852, 92, true),
			new GatewaySite("0016c001f1500002", "REDBOX", 51.1711, 6.3899, 68, false),
			new GatewaySite("0016c001f1500003", "Verwaltung", 51.1697, 6.3788, 61, false));

	/**
	 * Generates uplinks.
	 * @param manifest the site manifest (normally {@code config/nordpark-site.yaml})
	 * @param scale copies of the site (3 ≈ 600 devices)
	 * @param count how many {@code up} events
	 * @param format JSON (ChirpStack's default) or protobuf
	 */
	public static SampleUplinks generate(Path manifest, int scale, int count, EventFormat format) {
		return generate(manifest, scale, count, format, START, null);
	}

	/**
	 * Generates the uplinks from {@code start} up to {@code count} events or {@code end},
	 * whichever comes first.
	 */
	public static SampleUplinks generate(Path manifest, int scale, int count, EventFormat format, Instant start,
			@Nullable Instant end) {
		SiteManifest site = SiteScaler.scale(SiteManifest.load(manifest), scale);
		SimulatorProperties properties = new SimulatorProperties(manifest.toString(), Mode.BACKFILL, Duration.ofDays(1),
				1, scale, 1, ScenarioChoice.AUTO, null, "15:30", null, format, 0.0, Duration.ofHours(24), 0, false,
				null, new SimulatorProperties.Tenant("52f14cd4-c6f1-4fbd-8f87-4025e1d49242", "Bench",
						"0b6d4a9e-1c2f-4e3a-9d58-7f1e2a3b4c5d", "nordpark-sensors", "eu868"),
				GATEWAYS, null);
		Simulation simulation = SimulationFactory.create(site, properties);
		simulation.restart(start);
		List<OutgoingEvent> events = new ArrayList<>(Math.min(count, 1_000_000));
		while (events.size() < count && (end == null || simulation.peek().isBefore(end))) {
			for (OutgoingEvent event : simulation.step(TimeMapping.identity())) {
				if ("up".equals(event.event()) && events.size() < count) {
					events.add(event);
				}
			}
		}
		return new SampleUplinks(site, List.copyOf(events));
	}

}
