package org.nordpark.api.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiIT extends ApiIntegrationTest {

	@Test
	void documentsEveryEndpointWithDescriptionsAndExamples() {
		JsonNode doc = getJson("/v3/api-docs");
		assertThat(doc.path("openapi").asString()).startsWith("3.");
		JsonNode paths = doc.path("paths");
		Map<String, String> expected = Map.of("/api/v1/sensors", "get", "/api/v1/sensors/{id}", "get",
				"/api/v1/sensors/{id}/series", "get", "/api/v1/zones", "get", "/api/v1/parking/occupancy", "get",
				"/api/v1/traffic/flow", "get", "/api/v1/environment/series", "get", "/api/v1/stream", "get",
				"/api/v1/site", "get", "/api/v1/ops/deadletters", "get");
		List<String> problems = new ArrayList<>();
		expected.forEach((path, method) -> {
			JsonNode operation = paths.path(path).path(method);
			if (operation.isMissingNode()) {
				problems.add("missing " + method + " " + path);
				return;
			}
			if (operation.path("summary").asString("").isBlank()
					|| operation.path("description").asString("").isBlank()) {
				problems.add(path + " lacks a summary or description");
			}
			for (JsonNode parameter : operation.path("parameters")) {
				String name = parameter.path("name").asString();
				if (parameter.path("description").asString("").isBlank()) {
					problems.add(path + " parameter " + name + " lacks a description");
				}
				if (parameter.path("example").isMissingNode()
						&& parameter.path("schema").path("example").isMissingNode()
						&& parameter.path("examples").isMissingNode()) {
					problems.add(path + " parameter " + name + " lacks an example");
				}
			}
		});
		assertThat(problems).isEmpty();
		assertThat(paths.path("/api/v1/ops/catalog/refresh").path("post").isMissingNode()).isFalse();
		assertThat(
				paths.path("/api/v1/sensors").path("get").path("responses").path("200").path("content").propertyNames())
			.contains("application/json", "application/geo+json");
		for (String series : List.of("/api/v1/sensors/{id}/series", "/api/v1/parking/occupancy", "/api/v1/traffic/flow",
				"/api/v1/environment/series")) {
			assertThat(paths.path(series).path("get").path("responses").path("200").path("content").propertyNames())
				.as(series)
				.contains("application/json", "text/csv");
		}
		assertThat(paths.path("/api/v1/stream")
			.path("get")
			.path("responses")
			.path("200")
			.path("content")
			.path("text/event-stream")
			.path("examples")
			.isMissingNode()).isFalse();
		assertThat(doc.path("components").path("securitySchemes").path("apiKey").path("name").asString())
			.isEqualTo("X-API-Key");
		// the SensorThings API is its own standard; the document points to its root
		assertThat(doc.path("externalDocs").path("url").asString()).isEqualTo("/sta/v1.1");
		assertThat(doc.path("info").path("description").asString()).contains("SensorThings API v1.1");
	}

	@Test
	void servesSwaggerUi() {
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

}
