package org.nordpark.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nordpark.bench.SampleUplinks;
import org.nordpark.bench.load.LoadBench.Bench;
import org.nordpark.model.SensorKind;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.run.OutgoingEvent;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;

/**
 * (g) The api with {@code --days} (30) of simulator history of the demo site, loaded
 * through bridge and ingest: {@code wrk} with {@code --connections} (200) on
 * {@code /api/v1/zones} and {@code /api/v1/sensors}, then a 30-day hourly series
 * requested one at a time.
 */
final class ApiBench {

	private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

	/**
	 * wrk leaves requests that time out (10 s) out of its latency distribution: counted
	 * apart.
	 */
	private static final Pattern TIMEOUTS = Pattern.compile("Socket errors: .*timeout (\\d+)");

	private final Bench bench;

	ApiBench(Bench bench) {
		this.bench = bench;
	}

	Table run() throws Exception {
		int days = this.bench.options.getInt("days", 30);
		int connections = this.bench.options.getInt("connections", 200);
		int seconds = this.bench.options.getInt("duration-s", 15);
		int warmup = this.bench.options.getInt("warmup-s", 120);
		Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
		Instant start = end.minus(Duration.ofDays(days)).plus(Duration.ofHours(1));
		SampleUplinks samples = this.bench.sampleUplinks(start, end);
		List<OutgoingEvent> events = samples.events();
		Table table = new Table("api: " + days + " days of demo-site history (" + events.size() + " uplinks), wrk -c"
				+ connections + " -d" + seconds + "s");
		try (MosquittoServer broker = this.bench.mosquitto();
				InfluxServer influx = this.bench.influx();
				Service ingest = this.bench.ingest(broker, influx, "bench");
				Service bridge = this.bench.bridge(broker);
				Publisher publisher = this.bench.publisher(broker.uri(), "bench-chirpstack")) {
			long loadStart = System.nanoTime();
			publisher.publish(Bench.topics(events), Bench.payloads(events), 0);
			long deadline = System.nanoTime() + this.bench.timeout().toNanos();
			while (PipelineBench.linkPoints(influx) < events.size()) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("history not stored within " + this.bench.timeout());
				}
				Service.sleep(500);
			}
			System.out.printf("history stored in %.0f s; waiting for the hourly rollups%n",
					(System.nanoTime() - loadStart) / 1e9);
			awaitRollups(influx);
			try (Service api = this.bench.api(broker, influx, "bench")) {
				String base = api.baseUrl() + "/api/v1";
				List<String> paths = List.of("/zones", "/sensors");
				warmUp(table, base, paths, connections, warmup);
				for (String path : paths) {
					wrk(table, base + path, connections, seconds, false);
					// what browsers and most HTTP libraries send
					wrk(table, base + path, connections, seconds, true);
				}
				SiteSensor bay = samples.site()
					.sensors()
					.stream()
					.filter((sensor) -> sensor.kind() == SensorKind.PARKING || sensor.model().equals("bosch-tps110"))
					.findFirst()
					.orElseThrow();
				String range = "&from=" + start + "&to=" + end + "&every=1h";
				series(table, base + "/sensors/" + bay.devEui() + "/series?field=occupied" + range);
				series(table, base + "/parking/occupancy?zone=" + bay.zone() + range);
			}
			table.note("ingest pid " + ingest.pid() + ", bridge pid " + bridge.pid());
		}
		return table;
	}

	private void awaitRollups(InfluxServer influx) {
		long last = -1;
		int stable = 0;
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		while (stable < 8 && System.nanoTime() < deadline) {
			long count = influx.rows("bench", "SELECT count(*) FROM \"hourly\".\"parking\"")
				.stream()
				.findFirst()
				.map((row) -> row.get(1).asLong(0))
				.orElse(0L);
			// unchanged for longer than ingest's late-rollup-every (30 s)
			stable = (count > 0 && count == last) ? stable + 1 : 0;
			last = count;
			Service.sleep(5_000);
		}
		System.out.println("hourly parking rollup points: " + last);
	}

	/**
	 * Loads every path, plain and gzip, twice around for {@code seconds} in all, so the
	 * api's JIT has compiled the hot paths before anything is measured (on two shared
	 * cores that takes minutes). The first run's numbers are noted, not counted.
	 */
	private static void warmUp(Table table, String base, List<String> paths, int connections, int seconds)
			throws Exception {
		int each = Math.max(1, seconds / (paths.size() * 4));
		for (int round = 0; round < 2 && seconds > 0; round++) {
			for (String path : paths) {
				for (boolean gzip : new boolean[] { false, true }) {
					String output = wrk(base + path, connections, each, gzip);
					if (round == 0 && !gzip) {
						table.note(path + ": first " + each + " s after the api started (warm-up, not counted): p50 "
								+ percentile(output, "50%") + " ms, p99 " + percentile(output, "99%") + " ms");
					}
				}
			}
		}
	}

	/** Measures {@code rounds} wrk runs. */
	private void wrk(Table table, String url, int connections, int seconds, boolean gzip) throws Exception {
		double[] rates = new double[this.bench.rounds];
		double[] p50 = new double[this.bench.rounds];
		double[] p99 = new double[this.bench.rounds];
		double[] loads = new double[this.bench.rounds];
		long errors = 0;
		long timeouts = 0;
		String path = URI.create(url).getPath() + (gzip ? " (Accept-Encoding: gzip)" : "");
		for (int round = 0; round < this.bench.rounds; round++) {
			loads[round] = Table.load();
			String output = wrk(url, connections, seconds, gzip);
			Matcher requests = REQUESTS.matcher(output);
			rates[round] = requests.find() ? Double.parseDouble(requests.group(1)) : Double.NaN;
			p50[round] = percentile(output, "50%");
			p99[round] = percentile(output, "99%");
			Matcher non2xx = NON_2XX.matcher(output);
			errors += non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
			Matcher timedOut = TIMEOUTS.matcher(output);
			timeouts += timedOut.find() ? Long.parseLong(timedOut.group(1)) : 0;
		}
		table.add(path + " throughput", "requests/s", rates, loads);
		table.add(path + " p50", "ms", p50, loads);
		table.add(path + " p99", "ms", p99, loads);
		table.note(path + ": non-2xx answers " + errors + ", requests timed out after 10 s " + timeouts);
	}

	private static String wrk(String url, int connections, int seconds, boolean gzip) throws Exception {
		List<String> command = new java.util.ArrayList<>(
				List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", "--timeout", "10s"));
		if (gzip) {
			command.addAll(List.of("-H", "Accept-Encoding: gzip"));
		}
		command.add(url);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		System.out.println(output);
		return output;
	}

	private static double percentile(String wrkOutput, String label) {
		Matcher matcher = Pattern.compile("\\s" + Pattern.quote(label) + "\\s+([\\d.]+)(us|ms|s)").matcher(wrkOutput);
		if (!matcher.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(matcher.group(1));
		return switch (matcher.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			default -> value;
		};
	}

	private void series(Table table, String url) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		int requests = 20;
		long[] nanos = new long[requests];
		int bytes = 0;
		for (int i = 0; i < requests + 3; i++) {
			long start = System.nanoTime();
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			long elapsed = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + response.statusCode() + ": "
						+ new String(response.body(), StandardCharsets.UTF_8));
			}
			bytes = response.body().length;
			if (i >= 3) {
				nanos[i - 3] = elapsed;
			}
		}
		Arrays.sort(nanos);
		double load = Table.load();
		String path = URI.create(url).getPath();
		table.add(path + " (30-day hourly series, one at a time) p50", "ms",
				new double[] { Table.percentile(nanos, 50) }, new double[] { load });
		table.add(path + " (30-day hourly series, one at a time) max", "ms",
				new double[] { Table.percentile(nanos, 100) }, new double[] { load });
		table.note(path + ": " + requests + " requests after 3 warm-up requests, " + bytes + " bytes each");
	}

}
