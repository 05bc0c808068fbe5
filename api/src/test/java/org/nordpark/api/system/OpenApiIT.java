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
		// the request records' parameters: flat, named as sent, typed values documented
		// as text
		JsonNode flow = paths.path("/api/v1/traffic/flow").path("get").path("parameters");
		assertThat(flow.findValuesAsString("name")).containsExactlyInAnyOrder("sensor", "zone", "class", "direction",
				"from", "to", "every");
		for (JsonNode parameter : flow) {
			assertThat(parameter.path("in").asString()).isEqualTo("query");
			assertThat(parameter.path("schema").path("type").asString()).as(parameter.toString()).isEqualTo("string");
		}
		JsonNode every = parameter(flow, "every");
		assertThat(every.path("schema").path("enum").valueStream().map(JsonNode::asString).toList()).contains("1m",
				"1h", "7d");
		assertThat(every.path("description").asString()).contains("nordpark.api.query.max-points");
		assertThat(parameter(flow, "from").path("schema").path("format").asString()).isEqualTo("date-time");
		assertThat(parameter(flow, "class").path("schema").path("enum").valueStream().map(JsonNode::asString).toList())
			.containsExactly("all", "bicycle", "car", "pedestrian", "truck");
		JsonNode sensorSeries = paths.path("/api/v1/sensors/{id}/series").path("get").path("parameters");
		assertThat(sensorSeries.findValuesAsString("name")).containsExactlyInAnyOrder("id", "field", "from", "to",
				"every", "agg");
		assertThat(parameter(sensorSeries, "field").path("required").asBoolean()).isTrue();
		assertThat(parameter(sensorSeries, "id").path("in").asString()).isEqualTo("path");
		// the same text for the same parameter on every endpoint
		assertThat(parameter(paths.path("/api/v1/parking/occupancy").path("get").path("parameters"), "every"))
			.isEqualTo(every);
		assertThat(paths.path("/api/v1/ops/deadletters").path("get").path("parameters").findValuesAsString("name"))
			.containsExactlyInAnyOrder("stage", "limit");
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

	private static JsonNode parameter(JsonNode parameters, String name) {
		for (JsonNode parameter : parameters) {
			if (parameter.path("name").asString().equals(name)) {
				return parameter;
			}
		}
		throw new AssertionError("no parameter " + name + " in " + parameters);
	}

	@Test
	void servesSwaggerUi() {
		assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

}
