package org.nordpark.api.environment;

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
import org.nordpark.api.query.SeriesReader;
import org.nordpark.api.query.SeriesResponse;
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

/**
 * The environment series request: the required field from the environment measurement,
 * filters and aggregation (400), and the series query a valid request becomes (default
 * aggregation by field, one series per sensor). The database side is mocked.
 */
@WebSliceTest(EnvironmentController.class)
@Import(EnvironmentSeriesReader.class)
class EnvironmentControllerTests {

	private static final String SERIES = "/api/v1/environment/series";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SeriesReader series;

	@Test
	void requiresAnEnvironmentField() {
		JsonNode missing = invalid(get(SERIES));
		assertThat(missing.path("parameter").asString()).isEqualTo("field");
		assertThat(missing.path("detail").asString()).isEqualTo("parameter 'field': is required, e.g. field=co2_ppm");
		JsonNode parking = invalid(get(SERIES + "?field=occupied"));
		assertThat(message(parking, "field")).startsWith("'occupied' must be one of ")
			.contains("co2_ppm", "temperature_c", "motion_count")
			.doesNotContain("battery_pct");
		verifyNoInteractions(this.series);
	}

	@Test
	void namesEveryInvalidParameterInTheRequestsOrder() {
		JsonNode problem = invalid(get(SERIES + "?agg=avg&sensor=70b3&field=co2_ppm%22)&zone=a%20b&every=1w"));
		assertThat(parameters(problem)).containsExactly("zone", "field", "sensor", "every", "agg");
		assertThat(message(problem, "agg")).isEqualTo("'avg' must be one of mean, min, max, sum, count, last");
		verifyNoInteractions(this.series);
	}

	@Test
	void readsOneSeriesPerSensorWithTheFieldsDefaultAggregation() {
		given(this.series.read(any(), anyString(), any(), any(), anyMap(), anyList()))
			.willReturn(new SeriesResponse("co2_ppm", "mean", "1h", Instant.EPOCH, Instant.EPOCH, "raw", List.of()));
		assertThat(get(SERIES + "?field=co2_ppm&zone=park&sensor=" + TestData.AIR_1)).hasStatusOk();
		Map<String, String> filters = filters(InfluxSchema.ENVIRONMENT, "co2_ppm", Aggregation.MEAN);
		assertThat(filters).containsExactlyInAnyOrderEntriesOf(
				Map.of(InfluxSchema.TAG_ZONE, "park", InfluxSchema.TAG_SENSOR_ID, TestData.AIR_1));
		assertThat(get(SERIES + "?field=motion_count")).hasStatusOk();
		assertThat(filters(InfluxSchema.ENVIRONMENT, "motion_count", Aggregation.SUM)).isEmpty();
		assertThat(get(SERIES + "?field=motion_count&agg=max")).hasStatusOk();
		filters(InfluxSchema.ENVIRONMENT, "motion_count", Aggregation.MAX);
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> filters(InfluxSchema.Measurement measurement, String field, Aggregation agg) {
		ArgumentCaptor<Map<String, String>> filters = ArgumentCaptor.forClass(Map.class);
		verify(this.series).read(eq(measurement), eq(field), eq(agg), any(), filters.capture(),
				eq(List.of(InfluxSchema.TAG_SENSOR_ID, InfluxSchema.TAG_ZONE)));
		Map<String, String> given = new HashMap<>();
		filters.getValue().forEach((key, value) -> {
			if (value != null) {
				given.put(key, value);
			}
		});
		return given;
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(URI.create(uri)).exchange();
	}

}
