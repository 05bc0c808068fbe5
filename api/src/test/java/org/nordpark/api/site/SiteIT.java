package org.nordpark.api.site;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SiteIT extends ApiIntegrationTest {

	@Test
	void servesTheSitePlanFromTheManifestAndTheCatalog() {
		JsonNode plan = getJson("/api/v1/site");
		assertThat(plan.path("site").path("name").asString()).isEqualTo("Test site (simulated)");
		assertThat(plan.path("site").path("simulated").asBoolean()).isTrue();
		assertThat(plan.path("site").path("timeZone").asString()).isEqualTo("Europe/Berlin");
		assertThat(plan.path("site").path("centre").path("lat").asDouble()).isEqualTo(51.1746);
		assertThat(plan.path("zones").findValuesAsString("id")).containsExactly("P1", "park");
		JsonNode p1 = plan.path("zones").get(0);
		assertThat(p1.path("type").asString()).isEqualTo("car_park");
		assertThat(p1.path("capacity").asInt()).isEqualTo(1200);
		assertThat(p1.path("polygon").size()).isEqualTo(3);
		assertThat(p1.path("polygon").get(0).path("lon").asDouble()).isEqualTo(6.382);
		assertThat(plan.path("zones").get(1).path("polygon").size()).isZero();
		assertThat(plan.path("ways").get(0).path("name").asString()).isEqualTo("Hennes-Weisweiler-Allee");
		assertThat(plan.path("ways").get(0).path("type").asString()).isEqualTo("road");
		assertThat(plan.path("ways").get(0).path("line").size()).isEqualTo(2);
		// the six catalog sensors; the manifest's two are among them
		JsonNode sensors = plan.path("sensors");
		assertThat(sensors.findValuesAsString("sensorId")).containsExactly(TestData.BAY_A, TestData.BAY_B,
				TestData.BAY_C, TestData.COUNTER, TestData.AIR_1, TestData.AIR_2);
		assertThat(sensors.get(0).path("position").path("lat").asDouble()).isEqualTo(51.1761);
		assertThat(sensors.get(2).has("position")).isFalse();
	}

	@Test
	void servesStaticResourcesForTheLivePage() {
		// src/test/resources/static stands in for the live page's files under
		// src/main/resources/static
		java.net.http.HttpResponse<String> response = get("/nordpark-static-check.txt");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("served from static/\n");
	}

}
