package org.nordpark.api.zone;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import org.nordpark.testsupport.InfluxExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-car-park estimate of P1 (capacity 1,200) from a gate counter's readings
 * written here, before the range other tests read: quiet at 10:00 and 10:15 (the anchor,
 * where the bays of {@link TestData} show one of two occupied), then 200 in, 150 in and
 * 10 out, a lull, and 120 out.
 */
class CarParkEstimateIT extends ApiIntegrationTest {

	private static final String GATE = "70b3d5e75e00c001";

	@Test
	void estimatesTheWholeCarParkFromItsGateCountsAnchoredToTheBays() {
		String lines = List
			.of(gate("10:00", 2, 1), gate("10:15", 3, 2), gate("10:30", 200, 0), gate("10:45", 150, 10),
					gate("11:00", 5, 5), gate("11:15", 0, 120))
			.stream()
			.flatMap(List::stream)
			.collect(Collectors.joining("\n"));
		InfluxExtension.server().write(database(), lines);

		JsonNode p1 = getJson("/api/v1/zones").path("zones").get(0);
		assertThat(p1.path("zone").asString()).isEqualTo("P1");
		JsonNode carPark = p1.path("carPark");
		// at 10:15 bay B is occupied (since 06:00), bay C free (since the day before),
		// bay A
		// unknown: 0.5 of 1,200 = 600, then +200 +140 +0 -120
		assertThat(carPark.path("anchoredAt").asString()).isEqualTo("2025-03-12T10:15:00Z");
		assertThat(carPark.path("anchorRate").asDouble()).isEqualTo(0.5);
		assertThat(carPark.path("occupied").asLong()).isEqualTo(820);
		assertThat(carPark.path("free").asLong()).isEqualTo(380);
		assertThat(carPark.path("capacity").asInt()).isEqualTo(1200);
		assertThat(carPark.path("occupancyRate").asDouble()).isEqualTo(0.6833);
		assertThat(carPark.path("method").asString()).isEqualTo("gate-counts-anchored-to-bays");
		assertThat(carPark.path("updatedAt").asString()).isEqualTo("2025-03-12T11:15:00Z");
		// the sampled bays stay as they are, next to the estimate
		assertThat(p1.path("parking").path("total").asLong()).isEqualTo(3);
		// the park has no gates
		assertThat(getJson("/api/v1/zones").path("zones").get(1).has("carPark")).isFalse();
	}

	private static List<String> gate(String time, long in, long out) {
		long nanos = Instant.parse("2025-03-12T" + time + ":00Z").toEpochMilli() * 1_000_000;
		String tags = "traffic,sensor_id=" + GATE + ",zone=P1,class=car,direction=";
		// pedestrians at the gate are not cars
		return List.of(tags + "entering count=" + in + "i " + nanos, tags + "leaving count=" + out + "i " + nanos,
				"traffic,sensor_id=" + GATE + ",zone=P1,class=pedestrian,direction=entering count=40i " + nanos);
	}

}
