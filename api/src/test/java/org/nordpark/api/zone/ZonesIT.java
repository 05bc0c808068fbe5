package org.nordpark.api.zone;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ZonesIT extends ApiIntegrationTest {

	@Test
	void countsTheLatestStateOfEveryBayHoweverOldItIs() {
		JsonNode body = getJson("/api/v1/zones");
		assertThat(body.path("time").asString()).isEqualTo("2025-03-12T18:00:00Z");
		// manifest zones first (P1, park), then others
		assertThat(body.path("zones").findValuesAsString("zone")).startsWith("P1", "park");
		JsonNode p1 = body.path("zones").get(0);
		assertThat(p1.path("name").asString()).isEqualTo("Parkplatz P1");
		assertThat(p1.path("type").asString()).isEqualTo("car_park");
		assertThat(p1.path("capacity").asInt()).isEqualTo(1200);
		assertThat(p1.path("centre").path("lat").asDouble()).isEqualTo(51.176);
		// bay A free since 17:30, bay B occupied since 06:00, bay C occupied since 17:10
		JsonNode parking = p1.path("parking");
		assertThat(parking.path("occupied").asLong()).isEqualTo(2);
		assertThat(parking.path("free").asLong()).isEqualTo(1);
		assertThat(parking.path("total").asLong()).isEqualTo(3);
		assertThat(parking.path("occupancyRate").asDouble()).isEqualTo(0.6667);
		assertThat(parking.path("updatedAt").asString()).isEqualTo("2025-03-12T17:30:00Z");
		assertThat(p1.path("environment").size()).isZero();
	}

	@Test
	void averagesTheLatestEnvironmentValueOfEachSensor() {
		JsonNode park = getJson("/api/v1/zones").path("zones").get(1);
		assertThat(park.path("zone").asString()).isEqualTo("park");
		assertThat(park.path("name").asString()).isEqualTo("Nordpark");
		assertThat(park.has("parking")).isFalse();
		JsonNode co2 = park.path("environment").path("co2_ppm");
		assertThat(co2.path("value").asDouble()).isEqualTo(410.0);
		assertThat(co2.path("sensors").asInt()).isEqualTo(2);
		assertThat(co2.path("time").asString()).isEqualTo("2025-03-12T17:30:00Z");
		JsonNode temperature = park.path("environment").path("temperature_c");
		assertThat(temperature.path("value").asDouble()).isEqualTo(21.0);
		assertThat(temperature.path("sensors").asInt()).isEqualTo(2);
	}

	@Test
	void answersUnchangedZonesWith304ForTheirEtag() {
		HttpResponse<String> first = get("/api/v1/zones");
		assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> unchanged = get("/api/v1/zones", "If-None-Match", etag);
		assertThat(unchanged.statusCode()).isEqualTo(304);
		assertThat(unchanged.body()).isEmpty();
		HttpResponse<String> stale = get("/api/v1/zones", "If-None-Match", "W/\"0123\"");
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(json(stale).path("zones").size()).isEqualTo(json(first).path("zones").size());
	}

}
