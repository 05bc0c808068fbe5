package org.nordpark.simulator;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * The simulator's command line. Each option maps to a {@code nordpark.simulator.*} or
 * {@code nordpark.mqtt.*} property; anything else (e.g. {@code --server.port=8083}) goes
 * to Spring unchanged.
 */
@Command(name = "nordpark-simulator", mixinStandardHelpOptions = true, version = "Nordpark simulator 0.1.0",
		sortOptions = false, usageHelpWidth = 110,
		description = "Simulates the Nordpark site: publishes ChirpStack v4 'up' and 'status' events with real "
				+ "payload bytes for every sensor model to an MQTT broker.",
		footer = { "", "Examples:", "  --mode backfill-then-live --backfill P7D --speed 60 --live-start 13:00",
				"  --mode backfill --backfill P1D --scale 20 --exit-when-done --export-manifest run/site-x20.yaml" })
final class SimulatorCommand {

	@Option(names = "--manifest", paramLabel = "FILE",
			description = "site manifest (default config/nordpark-site.yaml)")
	@Nullable String manifest;

	@Option(names = "--mode", paramLabel = "MODE", description = "backfill, live or backfill-then-live (default live)")
	@Nullable String mode;

	@Option(names = "--backfill", paramLabel = "DURATION",
			description = "history to write, ending now, e.g. 7d or P7D (default 7d)")
	@Nullable String backfill;

	@Option(names = "--backfill-from", paramLabel = "INSTANT",
			description = "history to write from this instant (e.g. 2026-12-03T09:00:00Z) to now, instead of --backfill")
	@Nullable String backfillFrom;

	@Option(names = "--excursion", paramLabel = "DURATION",
			description = "live: play a whole match day in DURATION of real time (e.g. 20m), then again; "
					+ "overrides --speed and --live-start")
	@Nullable String excursion;

	@Option(names = "--speed", paramLabel = "FACTOR",
			description = "live: scenario seconds per real second, e.g. 60 (default 1)")
	@Nullable String speed;

	@Option(names = "--live-start", paramLabel = "HH:MM",
			description = "live: local scenario time of day to start at (default now)")
	@Nullable String liveStart;

	@Option(names = "--scenario", paramLabel = "NAME",
			description = "auto (Saturdays are match days), normal or match-day (default auto)")
	@Nullable String scenario;

	@Option(names = "--live-scenario", paramLabel = "NAME",
			description = "live: scenario from today on, e.g. match-day after an auto backfill")
	@Nullable String liveScenario;

	@Option(names = "--kickoff", paramLabel = "HH:MM", description = "local kick-off time (default 15:30)")
	@Nullable String kickoff;

	@Option(names = "--scale", paramLabel = "N", description = "simulate N copies of the site (default 1)")
	@Nullable String scale;

	@Option(names = "--seed", paramLabel = "N", description = "random seed; same seed, same events (default 1)")
	@Nullable String seed;

	@Option(names = "--format", paramLabel = "FORMAT", description = "json or protobuf (default json)")
	@Nullable String format;

	@Option(names = "--duplicate-rate", paramLabel = "SHARE",
			description = "share of uplinks delivered twice (default 0.005)")
	@Nullable String duplicateRate;

	@Option(names = "--max-rate", paramLabel = "N",
			description = "backfill: at most N messages per second (default 0 = as fast as the broker acks)")
	@Nullable String maxRate;

	@Option(names = "--exit-when-done", description = "exit after a backfill-only run")
	boolean exitWhenDone;

	@Option(names = "--export-manifest", paramLabel = "FILE",
			description = "write the (scaled) site manifest to FILE for the bridge and the api")
	@Nullable String exportManifest;

	@Option(names = "--broker", paramLabel = "URI", description = "MQTT broker (default tcp://127.0.0.1:1883)")
	@Nullable String broker;

	@Option(names = "--port", paramLabel = "PORT", description = "HTTP port of the health endpoint (default 8083)")
	@Nullable String port;

	@Unmatched
	List<String> passThrough = new ArrayList<>();

	/** The Spring arguments for a command line, or {@code null} if help was printed. */
	static String @Nullable [] parse(String[] args) {
		return parse(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
	}

	static String @Nullable [] parse(String[] args, PrintWriter out, PrintWriter err) {
		SimulatorCommand command = new SimulatorCommand();
		CommandLine line = new CommandLine(command).setUnmatchedArgumentsAllowed(true)
			.setUnmatchedOptionsArePositionalParams(false)
			.setOut(out)
			.setErr(err);
		try {
			line.parseArgs(args);
		}
		catch (CommandLine.ParameterException ex) {
			err.println(ex.getMessage());
			line.usage(err);
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		if (line.isUsageHelpRequested()) {
			line.usage(out);
			return null;
		}
		if (line.isVersionHelpRequested()) {
			line.printVersionHelp(out);
			return null;
		}
		return command.springArguments().toArray(String[]::new);
	}

	List<String> springArguments() {
		List<String> result = new ArrayList<>();
		add(result, "nordpark.simulator.manifest", this.manifest);
		add(result, "nordpark.simulator.mode", this.mode);
		add(result, "nordpark.simulator.backfill", this.backfill);
		add(result, "nordpark.simulator.backfill-from", this.backfillFrom);
		add(result, "nordpark.simulator.excursion.duration", this.excursion);
		add(result, "nordpark.simulator.speed", this.speed);
		add(result, "nordpark.simulator.live-start", this.liveStart);
		add(result, "nordpark.simulator.scenario", this.scenario);
		add(result, "nordpark.simulator.live-scenario", this.liveScenario);
		add(result, "nordpark.simulator.kickoff", this.kickoff);
		add(result, "nordpark.simulator.scale", this.scale);
		add(result, "nordpark.simulator.seed", this.seed);
		add(result, "nordpark.simulator.format", this.format);
		add(result, "nordpark.simulator.duplicate-rate", this.duplicateRate);
		add(result, "nordpark.simulator.max-rate", this.maxRate);
		add(result, "nordpark.simulator.export-manifest", this.exportManifest);
		add(result, "nordpark.mqtt.broker-uri", this.broker);
		add(result, "server.port", this.port);
		if (this.exitWhenDone) {
			add(result, "nordpark.simulator.exit-when-done", "true");
		}
		result.addAll(this.passThrough);
		return result;
	}

	private static void add(List<String> args, String property, @Nullable String value) {
		if (value != null) {
			args.add("--" + property + "=" + value);
		}
	}

}
