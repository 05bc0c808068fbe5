package org.nordpark.simulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nordpark.testsupport.FreePorts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo for an excursion: {@code scripts/demo.sh --listen 127.0.0.2 --excursion 1m}
 * (127.0.0.2 stands in for a LAN address; tests send no traffic outside 127.0.0.0/8). The
 * live page, its QR code and the banner carry {@code http://127.0.0.2:port/live/} and
 * answer there, with the simulated clock; the broker, the database, the other services
 * and the api's health and metrics do not listen there, the operations endpoints want
 * their key. A second start backfills from the instant the first began to stop, so the
 * gap has no hole, and says so in words.
 */
class DemoLanIT {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final List<String> MODULES = List.of("gateway-bridge", "ingest", "api", "simulator");

	private static final String LAN = "127.0.0.2";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void servesVisitorsOnTheListenAddressOnlyAndResumesWithoutAHole(@TempDir Path dir) throws Exception {
		for (String module : MODULES) {
			assumeThat(ROOT.resolve(module + "/target/" + module + "-0.1.0-SNAPSHOT-exec.jar"))
				.as("executable jar of %s (./mvnw -DskipTests package)", module)
				.exists();
		}
		Map<String, Integer> ports = new HashMap<>();
		for (String name : List.of("MQTT", "INFLUX", "INFLUX_RPC", "API", "BRIDGE", "INGEST", "SIMULATOR",
				"API_MANAGEMENT")) {
			ports.put(name, FreePorts.next());
		}
		Path run = dir.resolve("run");
		String page = "http://" + LAN + ":" + ports.get("API") + "/live/";

		Path first = dir.resolve("first.out");
		Process demo = start(run, ports, first, "--backfill", "30m");
		try {
			awaitRunning(demo, first);
			assertThat(Files.readString(first)).contains("Live page     " + page)
				.contains("Visitors on this network: open " + page)
				.contains("excursion mode: a whole match day every 1m, looping");
			assertThat(get(page).statusCode()).isEqualTo(200);
			assertThat(QrSvg.decode(get(page + "qr.svg").body())).isEqualTo(page);
			String api = "http://" + LAN + ":" + ports.get("API");
			assertThat(get(api + "/api/v1/zones").statusCode()).isEqualTo(200);
			// operations: behind the key; health and metrics: on loopback only
			assertThat(get(api + "/api/v1/ops/deadletters").statusCode()).isEqualTo(401);
			assertThat(get(api + "/actuator/health").statusCode()).isEqualTo(404);
			assertThat(get(api + "/actuator/prometheus").statusCode()).isIn(401, 404);
			assertThat(get("http://127.0.0.1:" + ports.get("API_MANAGEMENT") + "/actuator/health").statusCode())
				.isEqualTo(200);
			for (String name : List.of("MQTT", "INFLUX", "BRIDGE", "INGEST", "SIMULATOR", "API_MANAGEMENT")) {
				assertThat(listening(LAN, ports.get(name))).as("%s on %s", name, LAN).isFalse();
				if (!name.equals("API_MANAGEMENT")) {
					assertThat(listening("127.0.0.1", ports.get(name))).as("%s on loopback", name).isTrue();
				}
			}
			assertThat(listening("127.0.0.1", ports.get("API"))).as("api on 127.0.0.1").isFalse();
			// excursion mode: the simulated clock reaches the page's API
			await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				JsonNode clock = JSON.readTree(get(api + "/api/v1/site/clock").body());
				assertThat(clock.path("clock").asString()).isEqualTo("simulated");
				assertThat(clock.path("loopLength").asString()).isEqualTo("PT1M");
			});
			Set<String> phases = new LinkedHashSet<>();
			// the longest phase, the arrival, takes 22.5 s of a 1-minute match day
			long deadline = System.nanoTime() + Duration.ofSeconds(25).toNanos();
			while (System.nanoTime() < deadline) {
				phases.add(JSON.readTree(get(api + "/api/v1/site/clock").body()).path("phase").asString());
				Thread.sleep(500);
			}
			assertThat(phases).as("phases within 25 s of a 1-minute match day").hasSizeGreaterThanOrEqualTo(2);
		}
		finally {
			stop(demo);
		}
		long stopped = Long.parseLong(Files.readString(run.resolve("demo.stopped")).strip());

		Path second = dir.resolve("second.out");
		demo = start(run, ports, second);
		try {
			awaitRunning(demo, second);
			assertThat(Files.readString(second)).containsPattern(
					"Data: the \\d+ (s|min \\d+ s) since the last stop at " + "\\d\\d:\\d\\d:\\d\\d filled in");
			// the simulator's history starts where the first run began to stop: no hole
			String simulatorLog = Files.readString(run.resolve("logs/simulator.log"));
			Matcher backfill = Pattern.compile("backfill started \\[from: (\\S+), to: now]").matcher(simulatorLog);
			List<Instant> starts = new ArrayList<>();
			while (backfill.find()) {
				starts.add(Instant.parse(backfill.group(1)));
			}
			assertThat(starts).hasSize(2);
			assertThat(starts.get(1)).isEqualTo(Instant.ofEpochSecond(stopped));
		}
		finally {
			stop(demo);
		}
	}

	private static Process start(Path run, Map<String, Integer> ports, Path output, String... options)
			throws IOException {
		List<String> command = new ArrayList<>(List.of("bash", "scripts/demo.sh", "--no-build", "--run-dir",
				run.toString(), "--listen", LAN, "--excursion", "1m"));
		command.addAll(List.of(options));
		ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		ports.forEach((name, port) -> builder.environment().put("NORDPARK_DEMO_" + name + "_PORT", port.toString()));
		return builder.start();
	}

	private static void awaitRunning(Process demo, Path output) {
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofSeconds(1))
			.failFast("demo.sh exited", () -> !demo.isAlive())
			.until(() -> Files.readString(output).contains("Nordpark is running"));
	}

	private static void stop(Process demo) throws InterruptedException {
		demo.destroy();
		assertThat(demo.waitFor(90, TimeUnit.SECONDS)).as("demo.sh stops within 90 s").isTrue();
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static boolean listening(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 2000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
