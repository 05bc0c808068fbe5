package org.nordpark.simulator;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nordpark.testsupport.FreePorts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo command end to end: {@code scripts/demo.sh} starts mosquitto, influxd, ingest,
 * the bridge, the api and the simulator (with a short backfill so it fits CI time), the
 * api answers with live data for every sensor kind and with history, and after SIGTERM no
 * process the demo started is left and its ports are free again. The demo is locked down:
 * the broker refuses anonymous and wrong-password clients, InfluxDB refuses
 * unauthenticated queries, the generated passwords are readable only by the user and
 * appear in no log.
 * <p>
 * Needs the services' executable jars; a full {@code ./mvnw verify} builds them before
 * this module's integration tests (reactor order), a run of this module alone skips the
 * test (build them with {@code ./mvnw -DskipTests package}).
 */
class DemoSmokeIT {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final List<String> MODULES = List.of("gateway-bridge", "ingest", "api", "simulator");

	private static final Set<String> KINDS = Set.of("parking", "traffic", "people", "environment", "noise", "bin");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	@Test
	void demoStartsAnswersWithLiveDataAndHistoryAndStopsEverythingItStarted(@TempDir Path runDir) throws Exception {
		for (String module : MODULES) {
			assumeThat(ROOT.resolve(module + "/target/" + module + "-0.1.0-SNAPSHOT-exec.jar"))
				.as("executable jar of %s (./mvnw -DskipTests package)", module)
				.exists();
		}
		Map<String, Integer> ports = new HashMap<>();
		for (String name : List.of("MQTT", "INFLUX", "INFLUX_RPC", "API", "BRIDGE", "INGEST", "SIMULATOR")) {
			ports.put(name, FreePorts.next());
		}
		Path output = runDir.resolve("demo.out");
		ProcessBuilder builder = new ProcessBuilder("bash", "scripts/demo.sh", "--no-build", "--run-dir",
				runDir.resolve("run").toString(), "--backfill", "2h", "--speed", "600", "--live-start", "14:00")
			.directory(ROOT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		ports.forEach((name, port) -> builder.environment().put("NORDPARK_DEMO_" + name + "_PORT", port.toString()));
		Process demo = builder.start();
		List<Long> pids = new ArrayList<>();
		try {
			await().atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofSeconds(1))
				.failFast("demo.sh exited", () -> !demo.isAlive())
				.until(() -> Files.readString(output).contains("Nordpark is running"));
			for (String line : Files.readAllLines(runDir.resolve("run/pids"))) {
				pids.add(Long.parseLong(line.split(" ")[1]));
			}
			assertThat(pids).hasSize(6);
			String api = "http://127.0.0.1:" + ports.get("API");
			await().atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofSeconds(2))
				.untilAsserted(() -> assertThat(kindsWithRecentData(api)).containsAll(KINDS));
			assertThat(historyPoints(api)).as("hourly traffic points over the backfilled 2 h")
				.isGreaterThanOrEqualTo(2);
			assertThat(get(api + "/v3/api-docs").statusCode()).isEqualTo(200);
			assertThat(get(api + "/swagger-ui/index.html").statusCode()).isEqualTo(200);
			assertLockedDown(runDir.resolve("run"), ports.get("MQTT"), ports.get("INFLUX"));
		}
		finally {
			demo.destroy();
			assertThat(demo.waitFor(90, TimeUnit.SECONDS)).as("demo.sh stops within 90 s").isTrue();
		}
		for (long pid : pids) {
			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("process %d", pid).isFalse();
		}
		for (int port : ports.values()) {
			assertThat(listening(port)).as("port %d", port).isFalse();
		}
		assertThat(Files.readString(output)).contains("stopped: mosquitto influxd ingest gateway-bridge api simulator");
		assertNoSecretIn(runDir.resolve("run"), output);
	}

	private void assertLockedDown(Path run, int mqttPort, int influxPort) throws Exception {
		Path secrets = run.resolve("secrets");
		assertThat(Files.getPosixFilePermissions(secrets)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
		try (var files = Files.list(secrets)) {
			assertThat(files.toList()).hasSizeGreaterThanOrEqualTo(7)
				.allSatisfy((file) -> assertThat(Files.getPosixFilePermissions(file))
					.isEqualTo(PosixFilePermissions.fromString("rw-------")));
		}
		String broker = "tcp://127.0.0.1:" + mqttPort;
		assertThat(mqttConnect(broker, null, null)).as("anonymous MQTT client").isNotNull();
		assertThat(mqttConnect(broker, "nordpark-api", "wrong-password")).as("wrong MQTT password").isNotNull();
		assertThat(mqttConnect(broker, "nordpark-api", secret(run, "mqtt-nordpark-api"))).as("the api's MQTT user")
			.isNull();
		String query = "http://127.0.0.1:" + influxPort + "/query?q=" + encode("SHOW DATABASES");
		assertThat(get(query).statusCode()).as("unauthenticated InfluxDB query").isEqualTo(401);
		String api = Base64.getEncoder()
			.encodeToString(("api:" + secret(run, "influx-api")).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> authorized = this.http.send(
				HttpRequest.newBuilder(URI.create(query)).header("Authorization", "Basic " + api).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(authorized.statusCode()).isEqualTo(200);
		assertThat(authorized.body()).contains("nordpark");
		HttpResponse<String> write = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + influxPort + "/write?db=nordpark"))
				.header("Authorization", "Basic " + api)
				.POST(HttpRequest.BodyPublishers.ofString("parking,sensor_id=forged occupied=1"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(write.statusCode()).as("the api's InfluxDB user writes").isEqualTo(403);
	}

	private static @Nullable MqttException mqttConnect(String broker, @Nullable String user, @Nullable String password)
			throws MqttException {
		return MqttLogin.refusal(broker, user, password, (options) -> {
		});
	}

	private static void assertNoSecretIn(Path run, Path output) throws IOException {
		List<Path> logs = new ArrayList<>(List.of(output));
		try (var files = Files.list(run.resolve("logs"))) {
			logs.addAll(files.toList());
		}
		try (var files = Files.list(run.resolve("secrets"))) {
			for (Path file : files.toList()) {
				String secret = Files.readString(file).trim();
				assertThat(secret).hasSizeGreaterThanOrEqualTo(16);
				for (Path log : logs) {
					assertThat(Files.readString(log)).as("%s in %s", file.getFileName(), log.getFileName())
						.doesNotContain(secret);
				}
			}
		}
	}

	private static String secret(Path run, String name) throws IOException {
		return Files.readString(run.resolve("secrets").resolve(name)).trim();
	}

	private Set<String> kindsWithRecentData(String api) throws Exception {
		JsonNode sensors = JSON.readTree(get(api + "/api/v1/sensors").body()).get("sensors");
		Set<String> kinds = new TreeSet<>();
		Instant recent = Instant.now().minus(Duration.ofMinutes(5));
		for (JsonNode sensor : sensors) {
			JsonNode lastSeen = sensor.path("status").path("lastSeen");
			if (!lastSeen.isMissingNode() && !lastSeen.isNull() && Instant.parse(lastSeen.asString()).isAfter(recent)) {
				kinds.add(sensor.get("kind").asString());
			}
		}
		return kinds;
	}

	private int historyPoints(String api) throws Exception {
		Instant to = Instant.now();
		String query = "?field=count&every=1h&from=" + encode(to.minus(Duration.ofHours(2)).toString()) + "&to="
				+ encode(to.toString());
		// HWA Nord counter of the demo manifest
		JsonNode series = JSON.readTree(get(api + "/api/v1/sensors/70b3d5e75e200001/series" + query).body());
		int points = 0;
		for (JsonNode data : series.path("series")) {
			int withValues = 0;
			for (JsonNode point : data.path("points")) {
				withValues += point.path("value").isNumber() ? 1 : 0;
			}
			points = Math.max(points, withValues);
		}
		return points;
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "application/json, text/html;q=0.9")
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
