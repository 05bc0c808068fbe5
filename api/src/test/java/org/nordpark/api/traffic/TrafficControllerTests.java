package org.nordpark.api.traffic;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.nordpark.api.TestData;
import org.nordpark.api.WebSliceTest;
import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.Interval;
import org.nordpark.api.query.SeriesReader;
import org.nordpark.api.query.SeriesResponse;
import org.nordpark.api.query.SeriesWindow;
import org.nordpark.model.InfluxSchema;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.nordpark.api.ProblemResponses.invalid;
import static org.nordpark.api.ProblemResponses.message;
import static org.nordpark.api.ProblemResponses.parameters;
import static org.nordpark.api.ProblemResponses.problem;

/**
 * The traffic flow request: binding, validation and window limits (400), unknown paths
 * (404), methods (405) and representations (406), and how a valid request becomes a
 * series query (filters, grouping). {@link SeriesReader}, the database side, is mocked.
 */
@WebSliceTest(TrafficController.class)
@Import(TrafficFlowReader.class)
class TrafficControllerTests {

	private static final String FLOW = "/api/v1/traffic/flow";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SeriesReader series;

	@Test
	void namesEveryInvalidParameterInTheRequestsOrder() {
		JsonNode problem = invalid(get(FLOW + "?every=2h&class=tram&zone=no%20spaces&sensor=xyz"));
		assertThat(parameters(problem)).containsExactly("sensor", "zone", "class", "every");
		assertThat(problem.path("parameter").asString()).isEqualTo("sensor");
		assertThat(problem.path("instance").asString()).isEqualTo(FLOW);
		assertThat(problem.path("detail").asString()).isEqualTo(
				"parameter 'sensor': 'xyz' must be a sensor id of 16 hex characters, e.g. 70b3d5e75e00a1b2 (and 3 more)");
		assertThat(message(problem, "zone"))
			.isEqualTo("'no spaces' must match [A-Za-z0-9][A-Za-z0-9_.-]{0,63}, e.g. P3");
		assertThat(message(problem, "class")).isEqualTo("'tram' must be one of all, bicycle, car, pedestrian, truck");
		assertThat(message(problem, "every"))
			.isEqualTo("'2h' must be one of 1m, 5m, 15m, 30m, 1h, 3h, 6h, 12h, 1d, 7d");
		verifyNoInteractions(this.series);
	}

	@Test
	void takesEmptyTypedValuesForTheirDefaultsButNotEmptyLabels() {
		JsonNode problem = invalid(get(FLOW + "?every=&from=&class=&sensor=&zone="));
		assertThat(parameters(problem)).containsExactly("zone");
		verifyNoInteractions(this.series);
		answer();
		assertThat(get(FLOW + "?every=&from=&class=&sensor=")).hasStatusOk();
		Call call = call();
		assertThat(call.window().every()).isEqualTo(Interval.M5);
		assertThat(call.window().range().from()).isEqualTo(Instant.parse("2025-03-11T18:00:00Z"));
		assertThat(call.filters()).isEmpty();
	}

	@Test
	void shortensLongValuesInTheMessage() {
		JsonNode problem = invalid(get(FLOW + "?direction=" + "x".repeat(70)));
		assertThat(message(problem, "direction")).startsWith("'" + "x".repeat(40) + "…' must match");
	}

	@Test
	void rejectsTimesWithoutZoneAndRangesInTheWrongOrder() {
		JsonNode local = invalid(get(FLOW + "?from=2025-03-12T16:00:00"));
		assertThat(local.path("parameter").asString()).isEqualTo("from");
		assertThat(local.path("detail").asString()).contains("ISO-8601");
		JsonNode reversed = invalid(get(FLOW + "?from=2025-03-12T18:00:00Z&to=2025-03-12T17:00:00Z"));
		assertThat(reversed.path("parameter").asString()).isEqualTo("from");
		assertThat(reversed.path("detail").asString()).isEqualTo("parameter 'from': must be before to");
		// from after now (TestData.NOW), to left at now
		assertThat(invalid(get(FLOW + "?from=2025-03-12T19:00:00Z")).path("parameter").asString()).isEqualTo("from");
		verifyNoInteractions(this.series);
	}

	@Test
	void limitsTheRangeAndTheNumberOfPoints() {
		JsonNode range = problem(get(FLOW + "?from=2020-01-01T00:00:00Z&to=2025-01-01T00:00:00Z&every=7d"), 400,
				"range-too-long");
		assertThat(range.path("parameter").asString()).isEqualTo("from");
		assertThat(range.path("limit").asString()).isEqualTo("PT9600H");
		JsonNode points = problem(get(FLOW + "?from=2025-01-01T00:00:00Z&to=2025-03-01T00:00:00Z&every=1m"), 400,
				"too-many-points");
		assertThat(points.path("parameter").asString()).isEqualTo("every");
		assertThat(points.path("limit").asInt()).isEqualTo(5000);
		verifyNoInteractions(this.series);
	}

	@Test
	void readsTheCountsOfOneClassAndDirection() {
		answer();
		assertThat(get(FLOW + "?sensor=70-B3-D5-E7-5E-00-B0-01&zone=park&class=car&direction=inbound"
				+ "&from=2025-03-12T18:00:00%2B01:00&to=2025-03-12T19:00:00%5BEurope/Berlin%5D&every=15m"))
			.hasStatusOk();
		Call call = call();
		assertThat(call.window().range().from()).isEqualTo(Instant.parse("2025-03-12T17:00:00Z"));
		assertThat(call.window().range().to()).isEqualTo(Instant.parse("2025-03-12T18:00:00Z"));
		assertThat(call.window().every()).isEqualTo(Interval.M15);
		assertThat(call.filters()).containsExactlyInAnyOrderEntriesOf(
				Map.of(InfluxSchema.TAG_SENSOR_ID, TestData.COUNTER, InfluxSchema.TAG_ZONE, "park",
						InfluxSchema.TAG_CLASS, "car", InfluxSchema.TAG_DIRECTION, "inbound"));
		assertThat(call.groupBy()).containsExactly(InfluxSchema.TAG_CLASS, InfluxSchema.TAG_DIRECTION);
	}

	@Test
	void sumsEveryClassPerDirectionForClassAll() {
		answer();
		assertThat(get(FLOW + "?class=all")).hasStatusOk();
		Call call = call();
		assertThat(call.filters()).doesNotContainKey(InfluxSchema.TAG_CLASS);
		assertThat(call.groupBy()).containsExactly(InfluxSchema.TAG_DIRECTION);
		// the default window: the 24 h before now, at the finest interval within 500
		// points
		assertThat(call.window().range().from()).isEqualTo(Instant.parse("2025-03-11T18:00:00Z"));
		assertThat(call.window().range().to()).isEqualTo(Instant.parse(TestData.NOW));
		assertThat(call.window().every()).isEqualTo(Interval.M5);
	}

	@Test
	void answersUnknownPathsMethodsAndRepresentationsWithProblems() {
		problem(get("/api/v1/traffic/nothing-here"), 404, "not-found");
		problem(this.mvc.post().uri(FLOW).exchange(), 405, "method-not-allowed");
		problem(this.mvc.get().uri(FLOW).accept("application/xml").exchange(), 406, "not-acceptable");
		verifyNoInteractions(this.series);
	}

	/** A GET of the request target exactly as written (already encoded). */
	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(URI.create(uri)).exchange();
	}

	private void answer() {
		given(this.series.read(any(), anyString(), any(), any(), anyMap(), anyList()))
			.willReturn(new SeriesResponse("count", "sum", "1h", Instant.EPOCH, Instant.EPOCH, "raw", List.of()));
	}

	@SuppressWarnings("unchecked")
	private Call call() {
		ArgumentCaptor<SeriesWindow> window = ArgumentCaptor.forClass(SeriesWindow.class);
		ArgumentCaptor<Map<String, String>> filters = ArgumentCaptor.forClass(Map.class);
		ArgumentCaptor<List<String>> groupBy = ArgumentCaptor.forClass(List.class);
		verify(this.series).read(eq(InfluxSchema.TRAFFIC), eq(InfluxSchema.COUNT), eq(Aggregation.SUM),
				window.capture(), filters.capture(), groupBy.capture());
		Map<String, String> given = new HashMap<>();
		filters.getValue().forEach((key, value) -> {
			if (value != null) {
				given.put(key, value);
			}
		});
		return new Call(window.getValue(), given, groupBy.getValue());
	}

	private record Call(SeriesWindow window, Map<String, String> filters, List<String> groupBy) {

	}

}
