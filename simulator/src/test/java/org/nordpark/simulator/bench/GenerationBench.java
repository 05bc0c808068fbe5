package org.nordpark.simulator.bench;

import java.time.Duration;
import java.time.Instant;

import org.nordpark.simulator.run.Simulation;
import org.nordpark.simulator.run.SimulationFactory;
import org.nordpark.simulator.run.SimulatorProperties.EventFormat;
import org.nordpark.simulator.run.TestSites;
import org.nordpark.simulator.run.TimeMapping;
import org.nordpark.simulator.scenario.ScenarioChoice;
import org.nordpark.simulator.site.SiteScaler;

/**
 * Benchmark (not a test; see bench/simulator/README.md): how fast the simulation
 * generates ChirpStack JSON events for a backfill, without MQTT. Arguments: days, scale,
 * rounds.
 */
public final class GenerationBench {

	private GenerationBench() {
	}

	public static void main(String[] args) {
		int days = (args.length > 0) ? Integer.parseInt(args[0]) : 7;
		int scale = (args.length > 1) ? Integer.parseInt(args[1]) : 1;
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		Instant to = Instant.parse("2026-11-22T00:00:00Z");
		for (int round = 1; round <= rounds; round++) {
			Simulation simulation = SimulationFactory.create(SiteScaler.scale(TestSites.demoSite(), scale),
					TestSites.properties(1, ScenarioChoice.AUTO, EventFormat.JSON, scale));
			simulation.restart(to.minus(Duration.ofDays(days)));
			long started = System.nanoTime();
			long events = 0;
			long bytes = 0;
			while (simulation.peek().isBefore(to)) {
				for (var event : simulation.step(TimeMapping.identity())) {
					events++;
					bytes += event.payload().length;
				}
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf(
					"round %d: days %d, scale %d, devices %d, events %d, %.1f s, %.0f events/s, %.0f bytes/event%n",
					round, days, scale, simulation.devices().size(), events, seconds, events / seconds,
					(double) bytes / events);
		}
	}

}
