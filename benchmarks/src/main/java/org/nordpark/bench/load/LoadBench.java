package org.nordpark.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nordpark.bench.SampleUplinks;
import org.nordpark.simulator.run.OutgoingEvent;
import org.nordpark.simulator.run.SimulatorProperties.EventFormat;
import org.nordpark.simulator.site.ManifestWriter;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;

/**
 * Entry point of the load benchmarks ({@code bench/*.sh}): {@code LoadBench <benchmark>
 * [--option=value ...]}. See {@code bench/README.md} for the benchmarks and options.
 */
public final class LoadBench {

	private LoadBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			System.err
				.println("usage: LoadBench mosquitto|influx|bridge|ingest|e2e|latency|api|sta [--option=value ...]");
			System.exit(2);
		}
		Options options = new Options(java.util.Arrays.copyOfRange(args, 1, args.length));
		Bench bench = new Bench(options);
		long started = System.nanoTime();
		Table table = switch (args[0]) {
			case "mosquitto" -> new BrokerBench(bench).run();
			case "influx" -> new InfluxBench(bench).run();
			case "bridge" -> new PipelineBench(bench).bridge();
			case "ingest" -> new PipelineBench(bench).ingest();
			case "e2e" -> new PipelineBench(bench).endToEnd();
			case "latency" -> new PipelineBench(bench).latency();
			case "api" -> new ApiBench(bench).run();
			case "sta" -> new StaBench(bench).run();
			default -> throw new IllegalArgumentException("unknown benchmark '" + args[0] + "'");
		};
		table.note(String.format(Locale.ROOT, "host: %d CPUs, %s; benchmark took %.0f s; run directory %s",
				Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
				(System.nanoTime() - started) / 1e9, bench.runDir()));
		table.print();
		System.exit(0);
	}

	/**
	 * What every benchmark shares: options, run directory, servers, uplinks, services.
	 */
	static final class Bench {

		final Options options;

		final int uplinks;

		final int rounds;

		private final Path runDir;

		Bench(Options options) throws IOException {
			this.options = options;
			this.uplinks = options.getInt("uplinks", 100_000);
			this.rounds = options.getInt("rounds", 3);
			this.runDir = options.has("run-dir") ? options.getPath("run-dir", "")
					: Files.createTempDirectory("nordpark-bench-");
			Files.createDirectories(this.runDir);
		}

		Path runDir() {
			return this.runDir;
		}

		MosquittoServer mosquitto() {
			MosquittoServer.Builder builder = MosquittoServer.builder();
			for (String line : this.options.get("broker-config", "").split(";")) {
				if (!line.isBlank()) {
					builder.config(line.strip());
				}
			}
			MosquittoServer server = builder.build();
			server.start();
			return server;
		}

		InfluxServer influx() {
			return InfluxServer.startOpen();
		}

		Publisher publisher(String uri, String name) {
			return new Publisher(uri, name, this.options.getInt("publishers", 4), this.options.getInt("window", 1000));
		}

		/**
		 * {@code rounds × uplinks} distinct uplinks from the scaled demo site, and its
		 * manifest.
		 */
		SampleUplinks sampleUplinks(int count) throws IOException {
			return sampleUplinks(this.options.getInt("scale", 3), count, SampleUplinks.START, null);
		}

		/** Every uplink of the (unscaled unless --scale) demo site between two times. */
		SampleUplinks sampleUplinks(Instant start, Instant end) throws IOException {
			return sampleUplinks(this.options.getInt("scale", 1), Integer.MAX_VALUE, start, end);
		}

		private SampleUplinks sampleUplinks(int scale, int count, Instant start, @Nullable Instant end)
				throws IOException {
			long started = System.nanoTime();
			SampleUplinks samples = SampleUplinks.generate(
					this.options.getPath("manifest", "config/nordpark-site.yaml"), scale, count,
					EventFormat.valueOf(this.options.get("format", "json").toUpperCase(Locale.ROOT)), start, end);
			Files.writeString(manifest(), ManifestWriter.toYaml(samples.site()));
			long bytes = samples.events().stream().mapToLong((event) -> event.payload().length).sum();
			System.out.printf(Locale.ROOT, "generated %,d uplinks of %,d devices (%.0f bytes each) in %.1f s%n",
					samples.events().size(), samples.site().sensors().size(), (double) bytes / samples.events().size(),
					(System.nanoTime() - started) / 1e9);
			return samples;
		}

		Path manifest() {
			return this.runDir.resolve("site.yaml");
		}

		Service bridge(MosquittoServer broker) {
			List<String> args = new ArrayList<>(List.of("--nordpark.mqtt.broker-uri=" + broker.uri(),
					"--nordpark.mqtt.client-id=bench-bridge", "--nordpark.catalog.manifest=" + manifest()));
			args.addAll(extra("bridge-args"));
			return Service.start("bridge", jar("gateway-bridge"), this.runDir, heap(), args);
		}

		Service ingest(MosquittoServer broker, InfluxServer influx, String database) {
			List<String> args = new ArrayList<>(
					List.of("--nordpark.mqtt.broker-uri=" + broker.uri(), "--nordpark.mqtt.client-id=bench-ingest",
							"--nordpark.influx.url=" + influx.url(), "--nordpark.influx.database=" + database,
							// the sample uplinks are weeks old: keep them (retention does
							// not change the write cost)
							"--nordpark.influx.raw-retention=0"));
			args.addAll(extra("ingest-args"));
			return Service.start("ingest", jar("ingest"), this.runDir, heap(), args);
		}

		Service api(MosquittoServer broker, InfluxServer influx, String database) {
			List<String> args = new ArrayList<>(List.of("--nordpark.mqtt.broker-uri=" + broker.uri(),
					"--nordpark.mqtt.client-id=bench-api", "--nordpark.influx.url=" + influx.url(),
					"--nordpark.influx.database=" + database, "--nordpark.api.site-manifest=" + manifest()));
			args.addAll(extra("api-args"));
			return Service.start("api", jar("api"), this.runDir, heap(), args);
		}

		String heap() {
			return this.options.get("heap", "256m");
		}

		private List<String> extra(String option) {
			String value = this.options.get(option, "").strip();
			return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
		}

		private Path jar(String module) {
			Path option = this.options.has(module + "-jar") ? this.options.getPath(module + "-jar", "") : null;
			if (option != null) {
				return option;
			}
			try (var files = Files.list(Path.of(module, "target"))) {
				return files.filter((file) -> file.getFileName().toString().endsWith("-exec.jar"))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException(
							"no exec jar in " + module + "/target: build it with bench/build.sh"));
			}
			catch (IOException ex) {
				throw new IllegalStateException("no " + module + "/target: build it with bench/build.sh", ex);
			}
		}

		static List<String> topics(List<OutgoingEvent> events) {
			return events.stream().map(OutgoingEvent::topic).toList();
		}

		static List<byte[]> payloads(List<OutgoingEvent> events) {
			return events.stream().map(OutgoingEvent::payload).toList();
		}

		Duration timeout() {
			return Duration.ofSeconds(this.options.getInt("timeout-s", 600));
		}

	}

}
