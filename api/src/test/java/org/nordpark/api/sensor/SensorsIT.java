package org.nordpark.api.sensor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SensorsIT extends ApiIntegrationTest {

	@Test
	void listsTheCatalogWithStatusFromTheLatestUplinks() {
		JsonNode body = getJson("/api/v1/sensors");
		assertThat(body.path("count").asInt()).isEqualTo(6);
		assertThat(body.path("sensors").findValuesAsString("sensorId")).containsExactly(TestData.BAY_A, TestData.BAY_B,
				TestData.BAY_C, TestData.COUNTER, TestData.AIR_1, TestData.AIR_2);
		JsonNode bayA = body.path("sensors").get(0);
		assertThat(bayA.path("name").asString()).isEqualTo("P1 bay 001");
		assertThat(bayA.path("kind").asString()).isEqualTo("parking");
		assertThat(bayA.path("zone").asString()).isEqualTo("P1");
		assertThat(bayA.path("settings").path("uplinkIntervalS").asString()).isEqualTo("86400");
		JsonNode status = bayA.path("status");
		assertThat(status.path("lastSeen").asString()).isEqualTo("2025-03-12T17:30:00Z");
		// uplinkIntervalS 86400 x factor 2.5
		assertThat(status.path("offlineAfter").asString()).isEqualTo("PT60H");
		assertThat(status.path("online").asBoolean()).isTrue();
		assertThat(status.path("batteryPct").asDouble()).isEqualTo(87.0);
		assertThat(status.path("batteryV").asDouble()).isEqualTo(3.61);
		assertThat(status.path("rssi").asDouble()).isEqualTo(-97.0);
		assertThat(status.path("snr").asDouble()).isEqualTo(6.25);
		assertThat(status.path("gateways").asLong()).isEqualTo(2);
		assertThat(status.path("sf").asLong()).isEqualTo(9);
		assertThat(status.path("fCnt").asLong()).isEqualTo(14);
		// f_cnt 10 and 14 within the last 24 h: 2 of 5 frames arrived
		assertThat(status.path("uplinksReceived").asLong()).isEqualTo(2);
		assertThat(status.path("uplinksExpected").asLong()).isEqualTo(5);
		assertThat(status.path("completeness").asDouble()).isEqualTo(0.4);
	}

	@Test
	void marksSensorsSilentLongerThanTheThresholdOffline() {
		JsonNode sensors = getJson("/api/v1/sensors?kind=parking").path("sensors");
		JsonNode bayB = sensors.get(1);
		assertThat(bayB.path("sensorId").asString()).isEqualTo(TestData.BAY_B);
		assertThat(bayB.path("status").path("lastSeen").asString()).isEqualTo("2025-03-12T06:00:00Z");
		assertThat(bayB.path("status").path("offlineAfter").asString()).isEqualTo("PT2H");
		assertThat(bayB.path("status").path("online").asBoolean()).isFalse();
		assertThat(bayB.path("status").path("completeness").asDouble()).isEqualTo(1.0);
		JsonNode counter = getJson("/api/v1/sensors?kind=traffic").path("sensors").get(0);
		assertThat(counter.path("status").path("online").asBoolean()).isTrue();
		assertThat(counter.path("status").path("completeness").asDouble()).isEqualTo(0.6);
		JsonNode air = getJson("/api/v1/sensors?kind=environment&zone=park").path("sensors").get(0);
		assertThat(air.path("status").path("online").asBoolean()).isFalse();
		assertThat(air.path("status").has("lastSeen")).isFalse();
	}

	@Test
	void filtersByKindAndZone() {
		assertThat(getJson("/api/v1/sensors?kind=parking").path("count").asInt()).isEqualTo(3);
		assertThat(getJson("/api/v1/sensors?zone=park").path("count").asInt()).isEqualTo(3);
		assertThat(getJson("/api/v1/sensors?kind=parking&zone=park").path("count").asInt()).isZero();
		assertThat(getJson("/api/v1/sensors?zone=P9").path("sensors").size()).isZero();
	}

	@Test
	void answersAnUnchangedListWith304ForItsEtagPerFilterAndFormat() {
		HttpResponse<String> all = get("/api/v1/sensors");
		String etag = all.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("W/\"[0-9a-f]{32}\"");
		HttpResponse<String> again = get("/api/v1/sensors", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		// another filter or format is another answer with another tag
		for (String other : new String[] { "/api/v1/sensors?kind=parking", "/api/v1/sensors?zone=park",
				"/api/v1/sensors?format=geojson", "/api/v1/sensors?zone=P9" }) {
			HttpResponse<String> response = get(other, "If-None-Match", etag);
			assertThat(response.statusCode()).as(other).isEqualTo(200);
			assertThat(response.headers().firstValue("ETag")).as(other).isPresent().get().isNotEqualTo(etag);
		}
		// the tag names the content, not the moment: a client may revalidate any time
		assertThat(get("/api/v1/sensors?kind=parking", "If-None-Match",
				get("/api/v1/sensors?kind=parking").headers().firstValue("ETag").orElseThrow())
			.statusCode()).isEqualTo(304);
	}

	@Test
	void compressesTheCachedListForClientsThatAcceptGzip() throws Exception {
		HttpResponse<byte[]> response = http()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/sensors?format=geojson"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
			JsonNode body = JSON.readTree(in);
			assertThat(body.path("features").size()).isEqualTo(TestData.CATALOG_SIZE);
		}
	}

	@Test
	void servesTheSensorListAsGeoJson() {
		HttpResponse<String> response = get("/api/v1/sensors?kind=parking", "Accept", "application/geo+json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/geo+json"));
		JsonNode body = json(response);
		assertThat(body.path("type").asString()).isEqualTo("FeatureCollection");
		assertThat(body.path("features").size()).isEqualTo(3);
		JsonNode first = body.path("features").get(0);
		assertThat(first.path("type").asString()).isEqualTo("Feature");
		assertThat(first.path("id").asString()).isEqualTo(TestData.BAY_A);
		assertThat(first.path("geometry").path("type").asString()).isEqualTo("Point");
		assertThat(first.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(6.3831);
		assertThat(first.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(51.1761);
		assertThat(first.path("properties").path("name").asString()).isEqualTo("P1 bay 001");
		assertThat(first.path("properties").path("status").path("online").asBoolean()).isTrue();
		// bay C has no position: a feature with null geometry
		assertThat(body.path("features").get(2).path("geometry").isNull()).isTrue();
		assertThat(json(get("/api/v1/sensors?format=geojson")).path("type").asString()).isEqualTo("FeatureCollection");
	}

	@Test
	void showsOneSensorWithItsLatestValues() {
		JsonNode body = getJson("/api/v1/sensors/" + TestData.COUNTER);
		assertThat(body.path("sensor").path("name").asString()).isEqualTo("HWA counter");
		JsonNode latest = body.path("latest");
		// three traffic series (class, direction) and the link
		assertThat(latest.findValuesAsString("measurement")).containsExactly("traffic", "traffic", "traffic", "link");
		JsonNode bicycle = latest.get(0);
		assertThat(bicycle.path("dims").path("class").asString()).isEqualTo("bicycle");
		assertThat(bicycle.path("dims").path("direction").asString()).isEqualTo("inbound");
		assertThat(bicycle.path("time").asString()).isEqualTo("2025-03-12T17:20:00Z");
		assertThat(bicycle.path("values").path("count").isIntegralNumber()).isTrue();
		assertThat(bicycle.path("values").path("count").asLong()).isEqualTo(2);
		JsonNode carInbound = latest.get(1);
		assertThat(carInbound.path("values").path("count").asLong()).isEqualTo(7);
		assertThat(carInbound.path("values").has("avg_speed_kmh")).isFalse();
		JsonNode link = latest.get(3);
		assertThat(link.path("values").path("f_cnt").asLong()).isEqualTo(7);
		assertThat(link.path("values").path("rssi_dbm").asDouble()).isEqualTo(-82.0);
	}

	@Test
	void listsEverySensorWithTheSameLatestValuesAsItsOwnEndpoint() {
		JsonNode body = getJson("/api/v1/sensors/latest");
		assertThat(body.path("count").asInt()).isEqualTo(TestData.CATALOG_SIZE);
		assertThat(body.path("sensors")).hasSize(TestData.CATALOG_SIZE);
		int withValues = 0;
		for (JsonNode one : body.path("sensors")) {
			String id = one.path("sensor").path("sensorId").asString();
			assertThat(one.path("latest")).as(id).isEqualTo(getJson("/api/v1/sensors/" + id).path("latest"));
			withValues += one.path("latest").isEmpty() ? 0 : 1;
		}
		assertThat(withValues).isGreaterThan(1);
		JsonNode counter = getJson("/api/v1/sensors/latest?kind=traffic").path("sensors");
		assertThat(counter.findValuesAsString("sensorId")).contains(TestData.COUNTER);
		for (JsonNode one : counter) {
			assertThat(one.path("sensor").path("kind").asString()).isEqualTo("traffic");
		}
		assertThat(get("/api/v1/sensors/latest?zone=P1%27%20OR%201%3D1").statusCode()).isEqualTo(400);
	}

	@Test
	void answersUndecodableParametersWith400ProblemNamingTheParameter() {
		for (String zone : new String[] { "%ff%fe", "%c3%28" }) {
			HttpResponse<String> response = get("/api/v1/sensors?zone=" + zone);
			assertThat(response.statusCode()).as(zone).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			JsonNode problem = json(response);
			assertThat(problem.path("type").asString())
				.isEqualTo("https://nordpark.example/problems/invalid-parameter");
			assertThat(problem.path("parameter").asString()).isEqualTo("zone");
		}
	}

	@Test
	void answersJsonToClientsThatAcceptAnything() {
		for (String accept : new String[] { "*/*", "application/json" }) {
			HttpResponse<String> response = get("/api/v1/sensors", "Accept", accept);
			assertThat(response.headers().firstValue("Content-Type")).as(accept).hasValue("application/json");
			assertThat(json(response).path("count").asInt()).isEqualTo(TestData.CATALOG_SIZE);
		}
		HttpResponse<String> geo = get("/api/v1/sensors", "Accept", "application/geo+json");
		assertThat(json(geo).path("type").asString()).isEqualTo("FeatureCollection");
	}

	@Test
	void showsDeviceHealthAmongTheLatestValuesOfABay() {
		JsonNode latest = getJson("/api/v1/sensors/" + TestData.BAY_A.toUpperCase()).path("latest");
		assertThat(latest.findValuesAsString("measurement")).containsExactly("parking", "device", "link");
		assertThat(latest.get(0).path("values").path("occupied").asLong()).isZero();
		assertThat(latest.get(0).path("time").asString()).isEqualTo("2025-03-12T17:30:00Z");
		assertThat(latest.get(1).path("values").path("battery_pct").asDouble()).isEqualTo(87.0);
	}

	@Test
	void answersUnknownSensorsWith404Problem() {
		HttpResponse<String> response = get("/api/v1/sensors/0000000000000001");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json(response);
		assertThat(problem.path("type").asString()).isEqualTo("https://nordpark.example/problems/unknown-sensor");
		assertThat(problem.path("title").asString()).isEqualTo("Unknown sensor");
		assertThat(problem.path("status").asInt()).isEqualTo(404);
		assertThat(problem.path("parameter").asString()).isEqualTo("id");
	}

}
