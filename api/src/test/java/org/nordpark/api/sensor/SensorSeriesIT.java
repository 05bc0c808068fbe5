package org.nordpark.api.sensor;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SensorSeriesIT extends ApiIntegrationTest {

	private static final String RANGE = "&from=2025-03-12T16:00:00Z&to=2025-03-12T18:00:00Z&every=1h";

	@Test
	void aggregatesOneFieldPerInterval() {
		JsonNode body = getJson("/api/v1/sensors/" + TestData.BAY_A + "/series?field=occupied&agg=max" + RANGE);
		assertThat(body.path("field").asString()).isEqualTo("occupied");
		assertThat(body.path("agg").asString()).isEqualTo("max");
		assertThat(body.path("every").asString()).isEqualTo("1h");
		assertThat(body.path("from").asString()).isEqualTo("2025-03-12T16:00:00Z");
		assertThat(body.path("to").asString()).isEqualTo("2025-03-12T18:00:00Z");
		assertThat(body.path("source").asString()).isEqualTo("raw");
		assertThat(body.path("series").size()).isEqualTo(1);
		JsonNode points = body.path("series").get(0).path("points");
		assertThat(points.size()).isEqualTo(2);
		assertThat(points.get(0).path("time").asString()).isEqualTo("2025-03-12T16:00:00Z");
		assertThat(points.get(0).path("value").isIntegralNumber()).isTrue();
		assertThat(points.get(0).path("value").asLong()).isEqualTo(1);
		assertThat(points.get(1).path("time").asString()).isEqualTo("2025-03-12T17:00:00Z");
		assertThat(points.get(1).path("value").asLong()).isZero();
	}

	@Test
	void splitsATrafficCounterByClassAndDirectionAndSumsCountsByDefault() {
		JsonNode body = getJson("/api/v1/sensors/" + TestData.COUNTER + "/series?field=count" + RANGE);
		assertThat(body.path("agg").asString()).isEqualTo("sum");
		JsonNode series = body.path("series");
		assertThat(series.size()).isEqualTo(3);
		assertThat(series.get(1).path("tags").path("class").asString()).isEqualTo("car");
		assertThat(series.get(1).path("tags").path("direction").asString()).isEqualTo("inbound");
		assertThat(series.get(1).path("points").findValuesAsString("time")).containsExactly("2025-03-12T16:00:00Z",
				"2025-03-12T17:00:00Z");
		assertThat(series.get(1).path("points").get(0).path("value").asLong()).isEqualTo(4);
		assertThat(series.get(1).path("points").get(1).path("value").asLong()).isEqualTo(12);
	}

	@Test
	void readsDeviceAndLinkFieldsOfAnySensor() {
		JsonNode battery = getJson("/api/v1/sensors/" + TestData.BAY_A + "/series?field=battery_pct" + RANGE);
		assertThat(battery.path("agg").asString()).isEqualTo("mean");
		assertThat(battery.path("series").get(0).path("points").get(0).path("time").asString())
			.isEqualTo("2025-03-12T17:00:00Z");
		assertThat(battery.path("series").get(0).path("points").get(0).path("value").asDouble()).isEqualTo(87.0);
		JsonNode uplinks = getJson("/api/v1/sensors/" + TestData.BAY_A + "/series?field=f_cnt&agg=count" + RANGE);
		assertThat(uplinks.path("series").get(0).path("points").findValues("value")).extracting(JsonNode::asLong)
			.containsExactly(1L, 1L);
	}

	@Test
	void writesTheSeriesAsCsv() {
		HttpResponse<String> response = get("/api/v1/sensors/" + TestData.COUNTER + "/series?field=count" + RANGE,
				"Accept", "text/csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(response.body()).isEqualTo("time,class,direction,count\r\n"
				+ "2025-03-12T17:00:00Z,bicycle,inbound,2\r\n" + "2025-03-12T16:00:00Z,car,inbound,4\r\n"
				+ "2025-03-12T17:00:00Z,car,inbound,12\r\n" + "2025-03-12T17:00:00Z,car,outbound,3\r\n");
	}

	@Test
	void rejectsAFieldTheSensorDoesNotHave() {
		HttpResponse<String> response = get("/api/v1/sensors/" + TestData.BAY_A + "/series?field=co2_ppm" + RANGE);
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = json(response);
		assertThat(problem.path("type").asString()).isEqualTo("https://nordpark.example/problems/invalid-parameter");
		assertThat(problem.path("parameter").asString()).isEqualTo("field");
		assertThat(problem.path("detail").asString()).contains("occupied").contains("battery_pct");
	}

}
