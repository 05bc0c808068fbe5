package org.nordpark.api.parking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import org.nordpark.testsupport.InfluxExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole car park P1 (1,200 spaces) as ingest stores it (the {@code car_park} series,
 * one estimate a minute; how ingest computes it is proven in ingest's CarParkSeriesIT),
 * read back by {@code /zones} and {@code /parking/occupancy}: 10:00–11:29, before the
 * range other tests read, 600 occupied anchored at 10:00, from 10:30 on 800, from 11:15
 * on 900 re-anchored to the bays; hourly means on 2025-03-05.
 */
class WholeCarParkIT extends ApiIntegrationTest {

	private static final String RANGE = "/api/v1/parking/occupancy?zone=P1&from=2025-03-12T10:00:00Z"
			+ "&to=2025-03-12T11:30:00Z&every=30m";

	private static boolean written;

	@BeforeAll
	static void writeSeries() {
		synchronized (WholeCarParkIT.class) {
			if (written) {
				return;
			}
			written = true;
		}
		List<String> lines = new ArrayList<>();
		Instant start = Instant.parse("2025-03-12T10:00:00Z");
		for (int minute = 0; minute < 90; minute++) {
			long occupied = (minute < 30) ? 600 : (minute < 75) ? 800 : 900;
			String anchor = (minute < 75) ? "2025-03-12T10:00:00Z" : "2025-03-12T11:15:00Z";
			double anchorRate = (minute < 75) ? 0.5 : 0.75;
			lines.add(point(start.plusSeconds(60L * minute), occupied, anchor, anchorRate));
		}
		InfluxExtension.server().write(database(), String.join("\n", lines));
		// two hourly means on the 5th: 300 and 500
		TestData.writeHourly(InfluxExtension.server(), database(),
				"car_park,zone=P1 occupied=300,free=900,capacity=1200i,occupancy_rate=0.25,anchor_rate=0.25,anchored_at_s=0i "
						+ (Instant.parse("2025-03-05T08:00:00Z").toEpochMilli() * 1_000_000) + "\n"
						+ "car_park,zone=P1 occupied=500,free=700,capacity=1200i,occupancy_rate=0.4167,anchor_rate=0.25,anchored_at_s=0i "
						+ (Instant.parse("2025-03-05T09:00:00Z").toEpochMilli() * 1_000_000));
	}

	private static String point(Instant time, long occupied, String anchor, double anchorRate) {
		return "car_park,zone=P1 occupied=" + occupied + "i,free=" + (1200 - occupied)
				+ "i,capacity=1200i,occupancy_rate=" + Math.round(occupied / 1200.0 * 10000) / 10000.0 + ",anchor_rate="
				+ anchorRate + ",anchored_at_s=" + Instant.parse(anchor).getEpochSecond() + "i "
				+ (time.toEpochMilli() * 1_000_000);
	}

	@Test
	void zonesGiveTheNewestEstimateWithItsMethodAndAnchor() {
		JsonNode p1 = getJson("/api/v1/zones").path("zones").get(0);
		assertThat(p1.path("zone").asString()).isEqualTo("P1");
		JsonNode carPark = p1.path("carPark");
		assertThat(carPark.path("occupied").asLong()).isEqualTo(900);
		assertThat(carPark.path("free").asLong()).isEqualTo(300);
		assertThat(carPark.path("capacity").asInt()).isEqualTo(1200);
		assertThat(carPark.path("occupancyRate").asDouble()).isEqualTo(0.75);
		assertThat(carPark.path("method").asString()).isEqualTo("gate-counts-anchored-to-bays");
		assertThat(carPark.path("anchoredAt").asString()).isEqualTo("2025-03-12T11:15:00Z");
		assertThat(carPark.path("anchorRate").asDouble()).isEqualTo(0.75);
		assertThat(carPark.path("updatedAt").asString()).isEqualTo("2025-03-12T11:29:00Z");
		// the sampled bays stay as they are, next to the estimate
		assertThat(p1.path("parking").path("total").asLong()).isEqualTo(3);
		// the park has no gates
		assertThat(getJson("/api/v1/zones").path("zones").get(1).has("carPark")).isFalse();
	}

	@Test
	void theOccupancySeriesCarriesTheWholeCarParkAtTheEndOfEachInterval() {
		JsonNode zone = getJson(RANGE).path("zones").get(0);
		assertThat(zone.path("zone").asString()).isEqualTo("P1");
		JsonNode carPark = zone.path("carPark");
		assertThat(carPark.path("method").asString()).isEqualTo("gate-counts-anchored-to-bays");
		JsonNode points = carPark.path("points");
		assertThat(points.size()).isEqualTo(3);
		// the last estimate in 10:00-10:29, 10:30-10:59, 11:00-11:29
		assertPoint(points.get(0), "2025-03-12T10:00:00Z", 600, 600, 0.5);
		assertPoint(points.get(1), "2025-03-12T10:30:00Z", 800, 400, 0.6667);
		assertPoint(points.get(2), "2025-03-12T11:00:00Z", 900, 300, 0.75);
		// the sampled bays beside it: B occupied since 06:00, C free since the day before
		assertThat(zone.path("points").get(0).path("total").asLong()).isEqualTo(2);
		assertThat(zone.path("points").get(0).path("occupied").asLong()).isEqualTo(1);
	}

	@Test
	void writesBothAsCsvColumns() {
		assertThat(get(RANGE, "Accept", "text/csv").body())
			.isEqualTo("time,zone,occupied,free,total,occupancy_rate,car_park_occupied,car_park_free,car_park_capacity,"
					+ "car_park_occupancy_rate\r\n" + "2025-03-12T10:00:00Z,P1,1,1,2,0.5,600,600,1200,0.5\r\n"
					+ "2025-03-12T10:30:00Z,P1,1,1,2,0.5,800,400,1200,0.6667\r\n"
					+ "2025-03-12T11:00:00Z,P1,1,1,2,0.5,900,300,1200,0.75\r\n");
	}

	@Test
	void readsTheHourlyMeansForLongRanges() {
		JsonNode body = getJson(
				"/api/v1/parking/occupancy?zone=P1&from=2025-03-04T00:00:00Z&to=2025-03-08T00:00:00Z&every=1d");
		assertThat(body.path("source").asString()).isEqualTo("hourly");
		JsonNode points = body.path("zones").get(0).path("carPark").path("points");
		assertThat(points.size()).isEqualTo(1);
		assertPoint(points.get(0), "2025-03-05T00:00:00Z", 400, 800, 0.3333);
	}

	private static void assertPoint(JsonNode point, String time, double occupied, double free, double rate) {
		assertThat(point.path("time").asString()).isEqualTo(time);
		assertThat(point.path("occupied").asDouble()).isEqualTo(occupied);
		assertThat(point.path("free").asDouble()).isEqualTo(free);
		assertThat(point.path("capacity").asLong()).isEqualTo(1200);
		assertThat(point.path("occupancyRate").asDouble()).isEqualTo(rate);
	}

}
