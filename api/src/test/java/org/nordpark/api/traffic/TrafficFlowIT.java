package org.nordpark.api.traffic;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TrafficFlowIT extends ApiIntegrationTest {

	private static final String RANGE = "&from=2025-03-12T16:00:00Z&to=2025-03-12T18:00:00Z&every=1h";

	@Test
	void countsPerIntervalByClassAndDirection() {
		JsonNode body = getJson("/api/v1/traffic/flow?zone=park" + RANGE);
		assertThat(body.path("field").asString()).isEqualTo("count");
		assertThat(body.path("agg").asString()).isEqualTo("sum");
		JsonNode series = body.path("series");
		assertThat(series.size()).isEqualTo(3);
		assertThat(series.get(0).path("tags").path("class").asString()).isEqualTo("bicycle");
		assertThat(series.get(0).path("points").get(0).path("value").asLong()).isEqualTo(2);
		assertThat(series.get(2).path("tags").path("direction").asString()).isEqualTo("outbound");
		assertThat(series.get(2).path("points").get(0).path("value").asLong()).isEqualTo(3);
	}

	@Test
	void sumsEveryClassPerDirectionForClassAll() {
		JsonNode byClass = getJson("/api/v1/traffic/flow?zone=park" + RANGE).path("series");
		JsonNode all = getJson("/api/v1/traffic/flow?zone=park&class=all" + RANGE).path("series");
		assertThat(all.findValuesAsString("direction")).containsExactly("inbound", "outbound");
		assertThat(total(all)).isPositive().isEqualTo(total(byClass));
	}

	private static long total(JsonNode series) {
		return series.findValues("value").stream().mapToLong(JsonNode::asLong).sum();
	}

	@Test
	void filtersBySensorClassAndDirection() {
		JsonNode body = getJson(
				"/api/v1/traffic/flow?sensor=" + TestData.COUNTER + "&class=car&direction=inbound" + RANGE);
		assertThat(body.path("series").size()).isEqualTo(1);
		JsonNode points = body.path("series").get(0).path("points");
		assertThat(points.findValuesAsString("time")).containsExactly("2025-03-12T16:00:00Z", "2025-03-12T17:00:00Z");
		assertThat(points.findValues("value")).extracting(JsonNode::asLong).containsExactly(4L, 12L);
		assertThat(getJson("/api/v1/traffic/flow?zone=P1" + RANGE).path("series").size()).isZero();
	}

	@Test
	void sumsTheHourlyRollupsForLongRanges() {
		JsonNode body = getJson(
				"/api/v1/traffic/flow?class=car&from=2025-03-04T00:00:00Z&to=2025-03-08T00:00:00Z" + "&every=1d");
		assertThat(body.path("source").asString()).isEqualTo("hourly");
		JsonNode points = body.path("series").get(0).path("points");
		assertThat(points.findValuesAsString("time")).containsExactly("2025-03-05T00:00:00Z", "2025-03-06T00:00:00Z");
		assertThat(points.findValues("value")).extracting(JsonNode::asLong).containsExactly(150L, 30L);
	}

	@Test
	void writesFlowAsCsv() {
		HttpResponse<String> response = get("/api/v1/traffic/flow?class=car&direction=outbound" + RANGE, "Accept",
				"text/csv");
		assertThat(response.body())
			.isEqualTo("time,class,direction,count\r\n" + "2025-03-12T17:00:00Z,car,outbound,3\r\n");
	}

}
