package org.nordpark.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.nordpark.api.ApiApplication;
import org.nordpark.testsupport.AppProcess;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The locked-down deployment: Mosquitto with the shipped ACL
 * ({@code config/mosquitto/acl}), one user per service and TLS with generated
 * certificates; InfluxDB with authentication and per-service users (ingest may only
 * write, the api may only read). Proves the pipeline works so, that wrong credentials are
 * refused (the api's InfluxDB health included), that each service can do no more than its
 * ACL allows, that hostile and malformed API requests (even those Tomcat refuses itself)
 * get 400 problem+json and leave the database alone, and that no password appears in a
 * log or a response. Every service, the api included, talks MQTT over TLS.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LockedDownIT {

	private static final String DATABASE = "nordpark_locked";

	/** Fresh secrets per run: none lives in the repository. */
	private static final Map<String, String> SECRETS = new LinkedHashMap<>();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static MosquittoServer broker;

	private static InfluxServer influx;

	private static AppProcess bridge;

	private static AppProcess ingest;

	private static AppProcess api;

	private static final List<AppProcess> started = new ArrayList<>();

	private static Uplinks.Stream stream;

	private static String wrongInfluxBody = "";

	@BeforeAll
	static void start() throws IOException {
		for (String name : List.of("chirpstack", "nordpark-bridge", "nordpark-ingest", "nordpark-api", "observer",
				"influx-admin", "influx-ingest", "influx-api", "api-key")) {
			SECRETS.put(name, "s3cret-" + UUID.randomUUID());
		}
		String acl = Files.readString(Path.of("..", "config", "mosquitto", "acl"))
				+ "\n# test only: sees everything\nuser observer\ntopic read #\n";
		MosquittoServer.Builder builder = MosquittoServer.builder().acl(acl).tls();
		for (String user : List.of("chirpstack", "nordpark-bridge", "nordpark-ingest", "nordpark-api", "observer")) {
			builder.user(user, SECRETS.get(user));
		}
		broker = builder.build();
		broker.start();
		influx = InfluxServer.startWithAuth("admin", SECRETS.get("influx-admin"));
		influx.createDatabase(DATABASE);
		influx.execute("CREATE RETENTION POLICY \"raw\" ON \"" + DATABASE + "\" DURATION 30d REPLICATION 1 DEFAULT");
		influx.execute("CREATE RETENTION POLICY \"hourly\" ON \"" + DATABASE + "\" DURATION INF REPLICATION 1");
		influx.execute("CREATE USER \"ingest\" WITH PASSWORD '" + SECRETS.get("influx-ingest") + "'");
		influx.execute("GRANT WRITE ON \"" + DATABASE + "\" TO \"ingest\"");
		influx.execute("CREATE USER \"api\" WITH PASSWORD '" + SECRETS.get("influx-api") + "'");
		influx.execute("GRANT READ ON \"" + DATABASE + "\" TO \"api\"");
		Map<String, String> tls = Map.of("nordpark.mqtt.ssl-bundle", "mqtt",
				"spring.ssl.bundle.pem.mqtt.truststore.certificate", "file:" + broker.certificates().caCertificate());
		bridge = start(Services.bridge(broker.tlsUri(), "locked-bridge", with(tls, "nordpark.mqtt.username",
				"nordpark-bridge", "nordpark.mqtt.password", SECRETS.get("nordpark-bridge"))));
		ingest = start(Services.ingest(broker.tlsUri(), "locked-ingest", influx.url(), DATABASE,
				with(tls, "nordpark.mqtt.username", "nordpark-ingest", "nordpark.mqtt.password",
						SECRETS.get("nordpark-ingest"), "nordpark.influx.username", "ingest",
						"nordpark.influx.password", SECRETS.get("influx-ingest"), "nordpark.influx.setup", "false")));
		api = start(api(SECRETS.get("nordpark-api"), SECRETS.get("influx-api")));
		Services.awaitMqttUp(bridge);
		Services.awaitMqttUp(ingest);
		// the api too reads over TLS, trusting the CA through its SSL bundle
		Services.awaitMqttUp(api);
	}

	@AfterAll
	static void stop() {
		started.forEach(AppProcess::stop);
		if (influx != null) {
			influx.close();
		}
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	@Order(1)
	void storesEveryUplinkThroughTheLockedDownPipelineOverTls() {
		stream = Uplinks.stream("locked", FaultInjectionIT.windowStart(1), 400);
		try (ChirpStackPublisher chirpstack = new ChirpStackPublisher(broker.tlsUri(), "chirpstack",
				SECRETS.get("chirpstack"), broker.certificates().trustingSocketFactory())) {
			chirpstack.publishAll(stream.messages(), 0);
		}
		Stored.Counts stored = Stored.awaitExactly(influx, DATABASE, stream, Duration.ofSeconds(60));
		Report.line("locked-down pipeline over TLS", "%d sent (%d unique) | parking %d, link %d, device %d"
			.formatted(stream.messages().size(), stream.unique(), stored.parking(), stored.link(), stored.device()));
		assertThat(stored).isEqualTo(Stored.Counts.expected(stream));
		HttpResponse<String> series = get(api, "/api/v1/sensors/" + Uplinks.devEui(0) + "/series?field=occupied&from="
				+ stream.from() + "&to=" + stream.until(), null);
		assertThat(series.statusCode()).as(series.body()).isEqualTo(200);
		assertThat(series.body()).contains("\"points\"");
	}

	@Test
	@Order(2)
	void refusesServicesAndClientsWithWrongCredentials() throws Exception {
		AppProcess wrongMqtt = start(Services.ingest(broker.uri(), "wrong-ingest", influx.url(), DATABASE,
				Map.of("nordpark.mqtt.username", "nordpark-ingest", "nordpark.mqtt.password",
						"wrong-" + UUID.randomUUID(), "nordpark.influx.username", "ingest", "nordpark.influx.password",
						SECRETS.get("influx-ingest"), "nordpark.influx.setup", "false")));
		AppProcess wrongInflux = start(api(SECRETS.get("nordpark-api"), "wrong-" + UUID.randomUUID()));
		Services.sleep(5000);
		assertThat(Services.json(wrongMqtt, "/actuator/health").at("/components/mqtt/status").asString(""))
			.isNotEqualTo("UP");
		// InfluxDB 1.x answers /ping to anyone: the api's health runs an authenticated
		// read, so it sees the wrong password
		assertThat(Services.json(wrongInflux, "/actuator/health").at("/components/influx/status").asString(""))
			.isEqualTo("DOWN");
		assertThat(Services.json(api, "/actuator/health").at("/components/influx/status").asString("")).isEqualTo("UP");
		HttpResponse<String> refused = get(wrongInflux, "/api/v1/sensors/" + Uplinks.devEui(0)
				+ "/series?field=occupied&from=" + stream.from() + "&to=" + stream.until(), null);
		wrongInfluxBody = refused.body();
		assertThat(refused.statusCode()).as(refused.body()).isGreaterThanOrEqualTo(500);
		assertThat(refused.body()).doesNotContain("\"points\"");
		assertThatThrownBy(() -> MqttRecorder.connect(broker.uri(), "nordpark-api", "wrong", null).close())
			.hasMessageContaining("cannot connect");
		assertThatThrownBy(() -> MqttRecorder.connect(broker.uri()).close()).as("anonymous")
			.hasMessageContaining("cannot connect");
		assertThat(influxQuery("ingest", "wrong").statusCode()).isEqualTo(401);
		assertThat(influxWrite("api", "wrong").statusCode()).isEqualTo(401);
		wrongMqtt.stop();
		wrongInflux.stop();
	}

	@Test
	@Order(3)
	void letsNoServiceWriteOrReadWhereItsAclForbids() {
		try (MqttRecorder observer = MqttRecorder.connect(broker.uri(), "observer", SECRETS.get("observer"), null);
				MqttRecorder apiSpy = MqttRecorder.connect(broker.uri(), "nordpark-api", SECRETS.get("nordpark-api"),
						null)) {
			observer.subscribe("#");
			apiSpy.subscribe("application/#");
			String reading = "{\"schema\":1}";
			tryPublish("nordpark-api", "nordpark/v1/readings/parking/" + Uplinks.devEui(0), reading);
			tryPublish("nordpark-api", "nordpark/v1/sensors/" + Uplinks.devEui(0), reading);
			tryPublish("nordpark-api", "nordpark/v1/batches/readings", reading);
			tryPublish("nordpark-ingest", "nordpark/v1/readings/parking/" + Uplinks.devEui(0), reading);
			tryPublish("nordpark-ingest", "nordpark/v1/batches/readings", reading);
			tryPublish("nordpark-ingest", "nordpark/v1/deadletter/bridge", reading);
			tryPublish("nordpark-bridge", Uplinks.TENANT.eventTopic(Uplinks.devEui(0), "up"), "{}");
			tryPublish("chirpstack", "nordpark/v1/readings/parking/" + Uplinks.devEui(0), reading);
			tryPublish("chirpstack", "nordpark/v1/batches/readings", reading);
			// allowed, and the marker that everything before it has been handled
			tryPublish("nordpark-ingest", "nordpark/v1/deadletter/ingest", "marker");
			observer.awaitCount(1, (message) -> !message.retained());
			Services.sleep(1000);
			assertThat(observer.received()).filteredOn((message) -> !message.retained())
				.extracting(MqttRecorder.Received::topic)
				.containsExactly("nordpark/v1/deadletter/ingest");
			try (ChirpStackPublisher chirpstack = new ChirpStackPublisher(broker.uri(), "chirpstack",
					SECRETS.get("chirpstack"), null)) {
				chirpstack.publish(new Uplinks.Message("application/x/device/y/event/log", "{}".getBytes(), ""));
			}
			observer.awaitCount(2, (message) -> !message.retained());
			Services.sleep(500);
			assertThat(apiSpy.received()).as("the api user reads no ChirpStack events").isEmpty();
		}
		assertThat(influxQuery("ingest", SECRETS.get("influx-ingest")).body()).contains("not authorized");
		assertThat(influxQuery("api", SECRETS.get("influx-api")).statusCode()).isEqualTo(200);
		HttpResponse<String> apiWrite = influxWrite("api", SECRETS.get("influx-api"));
		assertThat(apiWrite.statusCode()).as(apiWrite.body()).isEqualTo(403);
	}

	@Test
	@Order(4)
	void answersHostileApiRequestsWith400ProblemsAndLeavesTheDatabaseAlone() {
		long before = influx.countPoints(DATABASE, "parking");
		String sensor = Uplinks.devEui(0);
		List<String> hostile = List.of("' OR 1=1 --", "\" OR \"\"=\"", "x\"; DROP DATABASE \"" + DATABASE + "\"; --",
				"occupied\" FROM parking; DROP MEASUREMENT parking; --", "1; DELETE FROM parking",
				"/ /\n SELECT * FROM /.*/", "../../../etc/passwd", "${jndi:ldap://127.0.0.1/a}", "$(reboot)",
				"<script>alert(1)</script>", "\u0000", "x".repeat(5000), "P1' OR '1'='1", "€ünïcødé");
		Map<String, String> endpoints = new LinkedHashMap<>();
		endpoints.put("/api/v1/sensors?kind=", "");
		endpoints.put("/api/v1/sensors?zone=", "");
		endpoints.put("/api/v1/sensors/", "");
		endpoints.put("/api/v1/sensors/" + sensor + "/series?from=2026-01-01T00:00:00Z&field=", "");
		endpoints.put("/api/v1/sensors/" + sensor + "/series?field=occupied&from=", "");
		endpoints.put("/api/v1/sensors/" + sensor + "/series?field=occupied&to=", "");
		endpoints.put("/api/v1/sensors/" + sensor + "/series?field=occupied&every=", "");
		endpoints.put("/api/v1/parking/occupancy?zone=", "");
		endpoints.put("/api/v1/parking/occupancy?every=", "");
		endpoints.put("/api/v1/traffic/flow?sensor=", "");
		endpoints.put("/api/v1/traffic/flow?direction=", "");
		int requests = 0;
		List<String> wrong = new ArrayList<>();
		List<String> notProblemJson = new ArrayList<>();
		for (String endpoint : endpoints.keySet()) {
			for (String value : hostile) {
				String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
				requests++;
				check(endpoint + encoded, wrong, notProblemJson);
			}
		}
		List<String> broken = List.of(
				"/api/v1/sensors/" + sensor
						+ "/series?field=occupied&from=1970-01-01T00:00:00Z&to=2100-01-01T00:00:00Z&every=1m",
				"/api/v1/sensors/" + sensor
						+ "/series?field=occupied&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z");
		for (String path : broken) {
			requests++;
			check(path, wrong, notProblemJson);
		}
		Report.line("hostile API requests",
				requests + " requests; not 400: " + wrong + "; 400 but not problem+json: " + notProblemJson);
		Report.line("hostile API requests", requests + " requests; parking points before " + before + ", after "
				+ influx.countPoints(DATABASE, "parking"));
		assertThat(influx.countPoints(DATABASE, "parking")).isEqualTo(before).isPositive();
		assertThat(influx.execute("SHOW DATABASES").toString()).contains(DATABASE);
		assertThat(wrong).as("requests not answered 400").isEmpty();
		assertThat(notProblemJson).as("400 answers that are not problem+json").isEmpty();
	}

	@Test
	@Order(4)
	void answersMalformedRequestsWithProblemJson() {
		List<String> wrong = new ArrayList<>();
		List<String> notProblemJson = new ArrayList<>();
		List<String> malformed = List.of("/api/v1/sensors?zone=%ff%fe", "/api/v1/sensors?zone=%zz",
				"/api/v1/sensors/..%2F..%2Fetc%2Fpasswd", "/api/v1/sensors/..%5C..%5Cwin.ini", "/api/v1/sensors/%00",
				"/api/v1/sensors/%zz", "/api/v1/sensors/a|b", "/api/v1/sensors?zone=" + "x".repeat(20_000));
		for (String path : malformed) {
			check(path, wrong, notProblemJson);
		}
		Report.line("malformed API requests",
				malformed.size() + " requests; not 400: " + wrong + "; 400 but not problem+json: " + notProblemJson);
		assertThat(wrong).isEmpty();
		assertThat(notProblemJson).isEmpty();
	}

	@Test
	@Order(5)
	void refusesOperationsEndpointsWithoutTheApiKey() {
		for (String path : List.of("/api/v1/ops/deadletters", "/actuator/metrics", "/actuator/env")) {
			assertThat(get(api, path, null).statusCode()).as(path).isEqualTo(401);
			assertThat(get(api, path, "wrong-key").statusCode()).as(path).isEqualTo(401);
		}
		HttpResponse<String> withKey = get(api, "/api/v1/ops/deadletters", SECRETS.get("api-key"));
		assertThat(withKey.statusCode()).as(withKey.body()).isEqualTo(200);
		HttpResponse<String> refresh = send(HttpRequest.newBuilder(uri(api, "/api/v1/ops/catalog/refresh"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(refresh.statusCode()).isEqualTo(401);
		assertThat(refresh.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	@Order(6)
	void showsNoSecretInLogsHealthOrErrorResponses() throws IOException {
		List<String> bodies = new ArrayList<>();
		for (AppProcess app : List.of(bridge, ingest, api)) {
			bodies.add(app.get("/actuator/health"));
		}
		bodies.add(get(api, "/api/v1/ops/deadletters", null).body());
		bodies.add(get(api, "/api/v1/sensors?zone=%27", null).body());
		bodies.add(get(api, "/api/v1/nothing-here", null).body());
		bodies.add(wrongInfluxBody);
		for (AppProcess app : started) {
			String log = Files.readString(app.logFile());
			for (Map.Entry<String, String> secret : SECRETS.entrySet()) {
				assertThat(log).as("log of " + app.logFile() + " shows " + secret.getKey())
					.doesNotContain(secret.getValue());
			}
		}
		for (String body : bodies) {
			for (Map.Entry<String, String> secret : SECRETS.entrySet()) {
				assertThat(body).as("response shows " + secret.getKey()).doesNotContain(secret.getValue());
			}
		}
	}

	private static void check(String path, List<String> wrong, List<String> notProblemJson) {
		String[] answer = rawGet(path);
		if (!answer[0].equals("400")) {
			wrong.add(answer[0] + " " + path);
		}
		else if (!answer[1].startsWith("application/problem+json")) {
			notProblemJson.add(answer[1] + " " + path);
		}
	}

	/**
	 * GETs a path exactly as written, even when it is not a valid URI (the JDK's client
	 * refuses such paths): returns the status code and the content type.
	 */
	private static String[] rawGet(String path) {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", api.port())) {
			socket.setSoTimeout(20_000);
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
			String status = response.substring(9, 12);
			String type = "";
			for (String line : response.split("\r\n")) {
				if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type:")) {
					type = line.substring(13).trim();
				}
				if (line.isEmpty()) {
					break;
				}
			}
			return new String[] { status, type };
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static AppProcess api(String mqttPassword, String influxPassword) {
		Map<String, String> props = new LinkedHashMap<>();
		props.put("spring.config.location", Services.config("api"));
		props.put("nordpark.mqtt.broker-uri", broker.tlsUri());
		props.put("nordpark.mqtt.ssl-bundle", "mqtt");
		props.put("spring.ssl.bundle.pem.mqtt.truststore.certificate", "file:" + broker.certificates().caCertificate());
		props.put("nordpark.mqtt.username", "nordpark-api");
		props.put("nordpark.mqtt.password", mqttPassword);
		props.put("nordpark.influx.url", influx.url());
		props.put("nordpark.influx.database", DATABASE);
		props.put("nordpark.influx.username", "api");
		props.put("nordpark.influx.password", influxPassword);
		props.put("nordpark.api.api-key", SECRETS.get("api-key"));
		props.put("nordpark.api.site-manifest", Uplinks.SITE.toString());
		return new AppProcess(ApiApplication.class.getName(), props, Services.JVM);
	}

	private static AppProcess start(AppProcess app) {
		started.add(app);
		return app.start();
	}

	private static Map<String, String> with(Map<String, String> base, String... pairs) {
		Map<String, String> map = new LinkedHashMap<>(base);
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private static void tryPublish(String user, String topic, String payload) {
		try (MqttRecorder client = MqttRecorder.connect(broker.uri(), user, SECRETS.get(user), null)) {
			client.publish(topic, payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (RuntimeException ex) {
			// mosquitto drops MQTT v5 clients that publish where the ACL forbids
		}
	}

	private static HttpResponse<String> influxQuery(String user, String password) {
		return send(
				authorized(
						HttpRequest.newBuilder(URI.create(influx.url() + "/query?db=" + DATABASE + "&q="
								+ URLEncoder.encode("SELECT count(*) FROM parking", StandardCharsets.UTF_8))),
						user, password)
					.build());
	}

	private static HttpResponse<String> influxWrite(String user, String password) {
		return send(authorized(HttpRequest.newBuilder(URI.create(influx.url() + "/write?db=" + DATABASE)), user,
				password)
			.POST(HttpRequest.BodyPublishers
				.ofString("parking,sensor_id=forged,zone=P1 occupied=1i " + Instant.now().toEpochMilli() * 1_000_000L))
			.build());
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder builder, String user, String password) {
		return builder.header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	private static HttpResponse<String> get(AppProcess app, String path, String apiKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(app, path)).timeout(Duration.ofSeconds(20));
		if (apiKey != null) {
			request.header("X-API-Key", apiKey);
		}
		return send(request.build());
	}

	private static URI uri(AppProcess app, String path) {
		return URI.create("http://127.0.0.1:" + app.port() + path);
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
