package org.nordpark.api.ops;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.model.DeadLetter;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.MosquittoExtension;
import org.nordpark.testsupport.MqttRecorder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OperationsIT extends ApiIntegrationTest {

	@Test
	void refusesOperationsEndpointsWithoutTheApiKey() {
		for (String key : new String[] { null, "wrong-key" }) {
			HttpResponse<String> response = (key == null) ? get("/api/v1/ops/deadletters")
					: get("/api/v1/ops/deadletters", "X-API-Key", key);
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(json(response).path("type").asString())
				.isEqualTo("https://nordpark.example/problems/unauthorized");
		}
		assertThat(post("/api/v1/ops/catalog/refresh").statusCode()).isEqualTo(401);
		// encoded or dotted paths reach the same handler and are refused the same way
		assertThat(get("/api/v1/%6Fps/deadletters").statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/./ops/deadletters").statusCode()).isEqualTo(401);
		assertThat(get("/api/v1/sensors/../ops/deadletters").statusCode()).isEqualTo(401);
		assertThat(get("/actuator/%70rometheus").statusCode()).isEqualTo(401);
	}

	@Test
	void listsDeadLettersPublishedOnMqtt() {
		DeadLetter letter = DeadLetter.of("bridge", "unknown device", "application/1/device/x/event/up",
				Instant.parse("2025-03-12T17:58:00Z"), new byte[] { 1, 2, 3 });
		try (MqttRecorder mqtt = MqttRecorder.connect(MosquittoExtension.server().uri())) {
			mqtt.publish(Topics.deadLetter("bridge"), ModelJson.write(letter));
		}
		await().atMost(Duration.ofSeconds(10))
			.until(() -> json(get("/api/v1/ops/deadletters?stage=bridge", "X-API-Key", API_KEY)).path("deadLetters")
				.size() > 0);
		JsonNode body = json(get("/api/v1/ops/deadletters?stage=bridge&limit=1", "X-API-Key", API_KEY));
		JsonNode first = body.path("deadLetters").get(0);
		assertThat(first.path("stage").asString()).isEqualTo("bridge");
		assertThat(first.path("reason").asString()).isEqualTo("unknown device");
		assertThat(first.path("payloadBase64").asString()).isEqualTo("AQID");
		assertThat(body.path("counts").path("bridge").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(json(get("/api/v1/ops/deadletters?stage=ingest", "X-API-Key", API_KEY)).path("deadLetters").size())
			.isZero();
	}

	@Test
	void refreshesTheCatalogWithTheKey() {
		HttpResponse<String> response = post("/api/v1/ops/catalog/refresh", "X-API-Key", API_KEY);
		assertThat(response.statusCode()).isEqualTo(202);
		assertThat(json(response).path("sensors").asInt()).isEqualTo(6);
		assertThat(json(response).path("siteManifest").asBoolean()).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> getJson("/api/v1/sensors").path("count").asInt() == 6);
	}

	@Test
	void keepsHealthAndInfoPublicAndPrometheusBehindTheKey() {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		JsonNode components = json(health).path("components");
		assertThat(components.path("influx").path("status").asString()).isEqualTo("UP");
		assertThat(components.path("mqtt").path("status").asString()).isEqualTo("UP");
		assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
		HttpResponse<String> metrics = get("/actuator/prometheus", "X-API-Key", API_KEY);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("nordpark_api_stream_clients");
		assertThat(get("/actuator/env").statusCode()).isEqualTo(401);
	}

	@Test
	void allowsConfiguredOriginsOnly() {
		HttpResponse<String> allowed = send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/api/v1/zones"))
			.method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://city.example")
			.header("Access-Control-Request-Method", "GET")
			.build());
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://city.example");
		HttpResponse<String> other = get("/api/v1/zones", "Origin", "https://evil.example");
		assertThat(other.statusCode()).isEqualTo(403);
	}

}
