package org.nordpark.api.parking;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ParkingOccupancyIT extends ApiIntegrationTest {

	private static final String P1_AFTERNOON = "/api/v1/parking/occupancy?zone=P1&from=2025-03-12T15:00:00Z"
			+ "&to=2025-03-12T18:00:00Z&every=1h";

	@Test
	void carriesEveryBaysStateForwardFromBeforeTheRange() {
		JsonNode body = getJson(P1_AFTERNOON);
		assertThat(body.path("source").asString()).isEqualTo("raw");
		assertThat(body.path("zones").size()).isEqualTo(1);
		JsonNode points = body.path("zones").get(0).path("points");
		assertThat(body.path("zones").get(0).path("zone").asString()).isEqualTo("P1");
		assertThat(points.size()).isEqualTo(3);
		// 15:00: B occupied (06:00), C free (yesterday), A unknown
		assertPoint(points.get(0), "2025-03-12T15:00:00Z", 1, 1, 2, 0.5);
		// 16:00: A occupied
		assertPoint(points.get(1), "2025-03-12T16:00:00Z", 2, 1, 3, 0.6667);
		// 17:00: C occupied at 17:10, A free at 17:30
		assertPoint(points.get(2), "2025-03-12T17:00:00Z", 2, 1, 3, 0.6667);
	}

	@Test
	void writesOccupancyAsCsv() {
		HttpResponse<String> response = get(P1_AFTERNOON, "Accept", "text/csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.isEqualTo("time,zone,occupied,free,total,occupancy_rate,car_park_occupied,car_park_free,"
					+ "car_park_capacity,car_park_occupancy_rate\r\n" + "2025-03-12T15:00:00Z,P1,1,1,2,0.5,,,,\r\n"
					+ "2025-03-12T16:00:00Z,P1,2,1,3,0.6667,,,,\r\n" + "2025-03-12T17:00:00Z,P1,2,1,3,0.6667,,,,\r\n");
		assertThat(get(P1_AFTERNOON + "&format=csv").body()).isEqualTo(response.body());
	}

	@Test
	void readsTheHourlyRollupsForLongRanges() {
		JsonNode body = getJson(
				"/api/v1/parking/occupancy?zone=P2&from=2025-03-04T00:00:00Z&to=2025-03-08T00:00:00Z&every=1d");
		assertThat(body.path("source").asString()).isEqualTo("hourly");
		JsonNode points = body.path("zones").get(0).path("points");
		assertThat(points.size()).isEqualTo(3);
		// hourly means: D 0.5 and E 0.25 on the 5th, D 1.0 on the 6th, carried to the 7th
		assertPoint(points.get(0), "2025-03-05T00:00:00Z", 0.75, 1.25, 2, 0.375);
		assertPoint(points.get(1), "2025-03-06T00:00:00Z", 1.25, 0.75, 2, 0.625);
		assertPoint(points.get(2), "2025-03-07T00:00:00Z", 1.25, 0.75, 2, 0.625);
	}

	@Test
	void listsEveryZoneWhenNoneIsGiven() {
		JsonNode body = getJson("/api/v1/parking/occupancy?from=2025-03-12T17:00:00Z&to=2025-03-12T18:00:00Z&every=1h");
		assertThat(body.path("zones").findValuesAsString("zone")).containsExactly("P1");
	}

	private static void assertPoint(JsonNode point, String time, double occupied, double free, long total,
			double rate) {
		assertThat(point.path("time").asString()).isEqualTo(time);
		assertThat(point.path("occupied").asDouble()).isEqualTo(occupied);
		assertThat(point.path("free").asDouble()).isEqualTo(free);
		assertThat(point.path("total").asLong()).isEqualTo(total);
		assertThat(point.path("occupancyRate").asDouble()).isEqualTo(rate);
	}

}
