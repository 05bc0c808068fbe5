package org.nordpark.api.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorsIT extends ApiIntegrationTest {

	@Test
	void namesEveryInvalidParameter() {
		HttpResponse<String> response = get("/api/v1/traffic/flow?zone=no%20spaces&class=tram&every=2h");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.path("type").asString()).isEqualTo("https://nordpark.example/problems/invalid-parameter");
		assertThat(problem.path("title").asString()).isEqualTo("Invalid request parameter");
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/traffic/flow");
		assertThat(problem.path("parameter").asString()).isEqualTo("zone");
		assertThat(problem.path("errors").findValuesAsString("parameter")).containsExactly("zone", "class", "every");
		assertThat(problem.path("errors").get(2).path("message").asString())
			.isEqualTo("'2h' must be one of 1m, 5m, 15m, 30m, 1h, 3h, 6h, 12h, 1d, 7d");
	}

	@Test
	void rejectsTimesWithoutZoneAndRangesInTheWrongOrder() {
		JsonNode local = json(get("/api/v1/parking/occupancy?from=2025-03-12T16:00:00"));
		assertThat(local.path("parameter").asString()).isEqualTo("from");
		assertThat(local.path("detail").asString()).contains("ISO-8601");
		JsonNode reversed = json(get("/api/v1/parking/occupancy?from=2025-03-12T18:00:00Z&to=2025-03-12T17:00:00Z"));
		assertThat(reversed.path("status").asInt()).isEqualTo(400);
		assertThat(reversed.path("parameter").asString()).isEqualTo("from");
		assertThat(reversed.path("detail").asString()).contains("before to");
		// offsets are accepted and normalised to UTC
		JsonNode offset = getJson("/api/v1/parking/occupancy?zone=P1&from=2025-03-12T18:00:00%2B01:00"
				+ "&to=2025-03-12T19:00:00%2B01:00&every=1h");
		assertThat(offset.path("from").asString()).isEqualTo("2025-03-12T17:00:00Z");
	}

	@Test
	void limitsTheRangeAndTheNumberOfPoints() {
		HttpResponse<String> range = get(
				"/api/v1/traffic/flow?from=2020-01-01T00:00:00Z&to=2025-01-01T00:00:00Z&every=7d");
		assertThat(range.statusCode()).isEqualTo(400);
		assertThat(json(range).path("type").asString()).isEqualTo("https://nordpark.example/problems/range-too-long");
		assertThat(json(range).path("parameter").asString()).isEqualTo("from");
		assertThat(json(range).path("limit").asString()).isEqualTo("PT9600H");
		HttpResponse<String> points = get(
				"/api/v1/traffic/flow?from=2025-01-01T00:00:00Z&to=2025-03-01T00:00:00Z&every=1m");
		assertThat(points.statusCode()).isEqualTo(400);
		assertThat(json(points).path("type").asString()).isEqualTo("https://nordpark.example/problems/too-many-points");
		assertThat(json(points).path("parameter").asString()).isEqualTo("every");
		assertThat(json(points).path("limit").asInt()).isEqualTo(5000);
	}

	@Test
	void choosesAnIntervalWhenNoneIsGiven() {
		// 2 h with at most 500 points: 1m gives 120
		JsonNode body = getJson("/api/v1/traffic/flow?from=2025-03-12T16:00:00Z&to=2025-03-12T18:00:00Z");
		assertThat(body.path("every").asString()).isEqualTo("1m");
		// default range: the 24 h before now
		JsonNode defaults = getJson("/api/v1/traffic/flow");
		assertThat(defaults.path("from").asString()).isEqualTo("2025-03-11T18:00:00Z");
		assertThat(defaults.path("to").asString()).isEqualTo(TestData.NOW);
		assertThat(defaults.path("every").asString()).isEqualTo("5m");
	}

	@Test
	void answersUnknownPathsAndUnavailableRepresentationsWithProblems() {
		HttpResponse<String> missing = get("/api/v1/nothing-here");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(json(missing).path("type").asString()).isEqualTo("https://nordpark.example/problems/not-found");
		HttpResponse<String> csv = get("/api/v1/zones", "Accept", "text/csv");
		assertThat(csv.statusCode()).isEqualTo(406);
		HttpResponse<String> method = post("/api/v1/zones");
		assertThat(method.statusCode()).isEqualTo(405);
		assertThat(json(method).path("type").asString())
			.isEqualTo("https://nordpark.example/problems/method-not-allowed");
	}

	@Test
	void requiresTheFieldOfASeries() {
		JsonNode problem = json(get("/api/v1/environment/series"));
		assertThat(problem.path("parameter").asString()).isEqualTo("field");
		assertThat(problem.path("detail").asString()).isEqualTo("parameter 'field': is required, e.g. field=co2_ppm");
	}

}
