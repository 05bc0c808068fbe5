package org.nordpark.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.testsupport.InfluxExtension;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * Base of the integration tests: one api context per test JVM (every subclass shares it)
 * against the real InfluxDB and Mosquitto of test-support, with the known data of
 * {@link TestData} and a clock fixed at {@link TestData#NOW}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith({ InfluxExtension.class, MosquittoExtension.class })
@Import(FixedClockConfiguration.class)
public abstract class ApiIntegrationTest {

	/** The key the operations endpoints require in these tests. */
	protected static final String API_KEY = "test-key-7f3a";

	protected static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static String database;

	@Value("${local.server.port}")
	protected int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("nordpark.influx.url", () -> InfluxExtension.server().url());
		registry.add("nordpark.influx.database", ApiIntegrationTest::database);
		registry.add("nordpark.mqtt.broker-uri", () -> MosquittoExtension.server().uri());
		registry.add("nordpark.api.api-key", () -> API_KEY);
		registry.add("nordpark.api.site-manifest", () -> "src/test/resources/site/test-site.yaml");
		registry.add("nordpark.api.cache-ttl", () -> "0s");
		registry.add("nordpark.api.cors.allowed-origins", () -> "https://city.example");
	}

	/** The database of the shared context, created (with its retention policies) once. */
	protected static synchronized String database() {
		if (database == null) {
			InfluxServer influx = InfluxExtension.server();
			database = influx.newDatabase();
			influx.execute("CREATE RETENTION POLICY \"raw\" ON \"" + database + "\" DURATION 0s REPLICATION 1 DEFAULT");
			influx.execute("CREATE RETENTION POLICY \"hourly\" ON \"" + database + "\" DURATION 0s REPLICATION 1");
		}
		return database;
	}

	@BeforeEach
	void seedOnce() {
		TestData.seed(InfluxExtension.server(), database(), MosquittoExtension.server().uri());
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> getJson("/api/v1/sensors").path("count").asInt() >= TestData.CATALOG_SIZE);
	}

	protected HttpResponse<String> get(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.GET().build());
	}

	protected HttpResponse<String> post(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.POST(HttpRequest.BodyPublishers.noBody()).build());
	}

	protected JsonNode getJson(String path) {
		HttpResponse<String> response = get(path, "Accept", "application/json");
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	protected static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	protected static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("request failed: " + request.uri(), ex);
		}
	}

	protected static HttpClient http() {
		return HTTP;
	}

}
