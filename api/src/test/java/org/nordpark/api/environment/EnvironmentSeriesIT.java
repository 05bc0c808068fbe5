package org.nordpark.api.environment;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentSeriesIT extends ApiIntegrationTest {

	@Test
	void givesOneSeriesPerSensor() {
		JsonNode body = getJson("/api/v1/environment/series?zone=park&field=co2_ppm&from=2025-03-12T17:00:00Z"
				+ "&to=2025-03-12T18:00:00Z&every=30m");
		assertThat(body.path("agg").asString()).isEqualTo("mean");
		JsonNode series = body.path("series");
		assertThat(series.size()).isEqualTo(2);
		assertThat(series.get(0).path("tags").path("sensorId").asString()).isEqualTo(TestData.AIR_1);
		assertThat(series.get(0).path("tags").path("zone").asString()).isEqualTo("park");
		assertThat(series.get(0).path("points").findValuesAsString("time")).containsExactly("2025-03-12T17:00:00Z",
				"2025-03-12T17:30:00Z");
		assertThat(series.get(0).path("points").findValues("value")).extracting(JsonNode::asDouble)
			.containsExactly(410.0, 420.0);
		assertThat(series.get(1).path("tags").path("sensorId").asString()).isEqualTo(TestData.AIR_2);
		assertThat(series.get(1).path("points").findValues("value")).extracting(JsonNode::asDouble)
			.containsExactly(400.0);
	}

	@Test
	void appliesTheRequestedAggregation() {
		JsonNode body = getJson("/api/v1/environment/series?field=co2_ppm&agg=max&sensor=" + TestData.AIR_1
				+ "&from=2025-03-12T17:00:00Z&to=2025-03-12T18:00:00Z&every=1h");
		assertThat(body.path("series").size()).isEqualTo(1);
		assertThat(body.path("series").get(0).path("points").get(0).path("value").asDouble()).isEqualTo(420.0);
	}

	@Test
	void readsHourlyMeansAndMaximaForLongRanges() {
		String range = "&from=2025-03-04T00:00:00Z&to=2025-03-08T00:00:00Z&every=1d";
		JsonNode mean = getJson("/api/v1/environment/series?field=co2_ppm" + range);
		assertThat(mean.path("source").asString()).isEqualTo("hourly");
		assertThat(mean.path("series").get(0).path("points").get(0).path("value").asDouble()).isEqualTo(510.0);
		JsonNode max = getJson("/api/v1/environment/series?field=co2_ppm&agg=max" + range);
		assertThat(max.path("source").asString()).isEqualTo("hourly");
		assertThat(max.path("series").get(0).path("points").get(0).path("value").asDouble()).isEqualTo(650.0);
		// no hourly minimum exists: min reads the raw points, which do not reach back
		// that far
		JsonNode min = getJson("/api/v1/environment/series?field=co2_ppm&agg=min" + range);
		assertThat(min.path("source").asString()).isEqualTo("raw");
		assertThat(min.path("series").size()).isZero();
	}

	@Test
	void writesTheSeriesAsCsv() {
		HttpResponse<String> response = get("/api/v1/environment/series?field=temperature_c&from=2025-03-12T17:00:00Z"
				+ "&to=2025-03-12T18:00:00Z&every=1h", "Accept", "text/csv");
		assertThat(response.body()).isEqualTo("time,sensorId,zone,temperature_c\r\n" + "2025-03-12T17:00:00Z,"
				+ TestData.AIR_1 + ",park,20.5\r\n" + "2025-03-12T17:00:00Z," + TestData.AIR_2 + ",park,21.5\r\n");
	}

}
