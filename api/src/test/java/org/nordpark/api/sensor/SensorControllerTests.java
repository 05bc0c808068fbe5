package org.nordpark.api.sensor;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.api.TestData;
import org.nordpark.api.WebSliceTest;
import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.SeriesReader;
import org.nordpark.api.query.SeriesResponse;
import org.nordpark.api.system.problem.UnknownSensorException;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.SensorKind;
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
 * The sensor endpoints' requests: ids, filters and series parameters are checked before
 * the catalog is asked (400), unknown sensors are 404, fields the sensor lacks are 400,
 * and a valid series request reads the sensor's measurement split by its dimensions. The
 * catalog and the database side are mocked.
 */
@WebSliceTest(SensorController.class)
@Import(SensorSeries.class)
class SensorControllerTests {

	private static final String UNKNOWN = "0000000000000001";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private SensorReader sensors;

	@MockitoBean
	private SeriesReader series;

	@Test
	void rejectsMalformedIdsBeforeAnyLookup() {
		for (String path : List.of("/api/v1/sensors/not-a-sensor", "/api/v1/sensors/70b3d5e75e00a1",
				"/api/v1/sensors/%27%20OR%201%3D1%20--/series?field=occupied")) {
			JsonNode problem = invalid(get(path));
			assertThat(problem.path("parameter").asString()).as(path).isEqualTo("id");
			assertThat(problem.path("detail").asString()).as(path).contains("must be a sensor id of 16 hex characters");
		}
		verifyNoInteractions(this.sensors, this.series);
	}

	@Test
	void answersUnknownSensorsWith404() {
		given(this.sensors.detail(UNKNOWN)).willThrow(new UnknownSensorException(UNKNOWN));
		JsonNode problem = problem(get("/api/v1/sensors/" + UNKNOWN), 404, "unknown-sensor");
		assertThat(problem.path("parameter").asString()).isEqualTo("id");
		given(this.sensors.entry(UNKNOWN)).willThrow(new UnknownSensorException(UNKNOWN));
		problem(get("/api/v1/sensors/" + UNKNOWN + "/series?field=occupied"), 404, "unknown-sensor");
	}

	@Test
	void normalisesTheIdBeforeTheLookup() {
		given(this.sensors.detail(TestData.BAY_A)).willThrow(new UnknownSensorException(TestData.BAY_A));
		problem(get("/api/v1/sensors/" + TestData.BAY_A.toUpperCase()), 404, "unknown-sensor");
		verify(this.sensors).detail(TestData.BAY_A);
	}

	@Test
	void checksTheSeriesParametersBeforeLookingTheSensorUp() {
		JsonNode missing = invalid(get("/api/v1/sensors/" + UNKNOWN + "/series"));
		assertThat(missing.path("detail").asString()).isEqualTo("parameter 'field': is required, e.g. field=occupied");
		JsonNode unknownField = invalid(get("/api/v1/sensors/" + UNKNOWN + "/series?field=nope&agg=median"));
		assertThat(parameters(unknownField)).containsExactly("field", "agg");
		assertThat(message(unknownField, "field")).startsWith("'nope' must be one of ").contains("co2_ppm", "occupied");
		JsonNode reversed = invalid(get("/api/v1/sensors/" + UNKNOWN
				+ "/series?field=occupied&from=2025-03-12T18:00:00Z&to=2025-03-12T17:00:00Z"));
		assertThat(reversed.path("parameter").asString()).isEqualTo("from");
		verifyNoInteractions(this.sensors, this.series);
	}

	@Test
	void rejectsAFieldTheSensorDoesNotHave() {
		given(this.sensors.entry(TestData.BAY_A)).willReturn(entry(TestData.BAY_A, "bosch-tps110", SensorKind.PARKING));
		JsonNode problem = invalid(get("/api/v1/sensors/" + TestData.BAY_A + "/series?field=co2_ppm"));
		assertThat(problem.path("parameter").asString()).isEqualTo("field");
		assertThat(problem.path("detail").asString()).contains("occupied").contains("battery_pct");
		verifyNoInteractions(this.series);
	}

	@Test
	void readsTheSensorsMeasurementSplitByItsDimensions() {
		given(this.sensors.entry(TestData.COUNTER))
			.willReturn(entry(TestData.COUNTER, "parametric-tcr", SensorKind.TRAFFIC));
		given(this.series.read(any(), anyString(), any(), any(), anyMap(), anyList()))
			.willReturn(new SeriesResponse("count", "sum", "1h", Instant.EPOCH, Instant.EPOCH, "raw", List.of()));
		assertThat(get("/api/v1/sensors/" + TestData.COUNTER + "/series?field=count&every=1h")).hasStatusOk();
		// counts are summed by default; one series per class and direction
		verify(this.series).read(eq(InfluxSchema.TRAFFIC), eq("count"), eq(Aggregation.SUM), any(),
				eq(Map.of(InfluxSchema.TAG_SENSOR_ID, TestData.COUNTER)),
				eq(List.of(InfluxSchema.TAG_CLASS, InfluxSchema.TAG_DIRECTION)));
	}

	@Test
	void refusesControlCharactersInAnyParameterBeforeBinding() {
		// the binder would trim an enum's text "\0" to nothing and take the default
		for (String query : List.of("kind=%00", "kind=parking%0A", "zone=P1%7F")) {
			JsonNode problem = invalid(get("/api/v1/sensors?" + query));
			assertThat(message(problem, query.substring(0, query.indexOf('='))))
				.isEqualTo("contains a control character");
		}
		verifyNoInteractions(this.sensors);
	}

	@Test
	void checksTheListFiltersBeforeReadingTheCatalog() {
		for (String path : List.of("/api/v1/sensors", "/api/v1/sensors/latest")) {
			JsonNode problem = invalid(get(path + "?kind=tram&zone=P1%27%20OR%20%271%27=%271"));
			assertThat(parameters(problem)).as(path).containsExactly("kind", "zone");
			assertThat(message(problem, "kind")).as(path)
				.isEqualTo("'tram' must be one of parking, traffic, people, environment, noise, bin, device");
		}
		JsonNode geo = invalid(
				this.mvc.get().uri(URI.create("/api/v1/sensors?zone=-x")).accept("application/geo+json").exchange());
		assertThat(geo.path("parameter").asString()).isEqualTo("zone");
		verifyNoInteractions(this.sensors);
	}

	@Test
	void answersRepresentationsItCannotProduceWith406() {
		problem(this.mvc.get().uri("/api/v1/sensors/" + TestData.BAY_A).accept("text/csv").exchange(), 406,
				"not-acceptable");
		verifyNoInteractions(this.sensors);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(URI.create(uri)).exchange();
	}

	private static CatalogEntry entry(String id, String model, SensorKind kind) {
		return new CatalogEntry(id, "sensor " + id, model, kind, "P1", null, null, Map.of(),
				CatalogEntry.Source.MANIFEST, Instant.EPOCH);
	}

}
