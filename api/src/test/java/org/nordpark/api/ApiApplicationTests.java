package org.nordpark.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The api starts without its broker and database and says so in its health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nordpark.influx.url=http://127.0.0.1:9", "nordpark.influx.connect-timeout=200ms",
				"nordpark.mqtt.broker-uri=tcp://127.0.0.1:9", "nordpark.api.site-manifest=does-not-exist.yaml" })
class ApiApplicationTests {

	@Value("${local.server.port}")
	private int port;

	@Test
	void bootsWithoutBrokerAndDatabaseAndReportsThemDown() throws Exception {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(health.body()).contains("\"influx\":{\"status\":\"DOWN\"")
			.contains("\"mqtt\":{\"status\":\"DOWN\"")
			.doesNotContain("127.0.0.1");
	}

	@Test
	void answersReadsWith503ProblemWhileTheDatabaseIsDown() throws Exception {
		HttpResponse<String> response = get("/api/v1/zones");
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("https://nordpark.example/problems/backend-unavailable");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
