package org.nordpark.api.system;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import org.nordpark.testsupport.InfluxExtension;
import org.nordpark.testsupport.InfluxServer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tries InfluxQL injection strings in every parameter of every endpoint: each must be a
 * 400 problem naming the parameter, and the database must be exactly as before.
 */
class InjectionIT extends ApiIntegrationTest {

	private static final String RANGE = "from=2025-03-12T16:00:00Z&to=2025-03-12T18:00:00Z&every=1h";

	/** Endpoint (with valid parameters) to the parameters to attack. */
	private static final Map<String, List<String>> ENDPOINTS = new LinkedHashMap<>();

	static {
		ENDPOINTS.put("/api/v1/sensors?kind=parking&zone=P1", List.of("kind", "zone"));
		ENDPOINTS.put("/api/v1/sensors/" + TestData.BAY_A + "/series?field=occupied&agg=max&" + RANGE,
				List.of("field", "agg", "from", "to", "every"));
		ENDPOINTS.put("/api/v1/parking/occupancy?zone=P1&" + RANGE, List.of("zone", "from", "to", "every"));
		ENDPOINTS.put(
				"/api/v1/traffic/flow?sensor=" + TestData.COUNTER + "&zone=park&class=car&direction=inbound&" + RANGE,
				List.of("sensor", "zone", "class", "direction", "from", "to", "every"));
		ENDPOINTS.put(
				"/api/v1/environment/series?zone=park&field=co2_ppm&agg=mean&sensor=" + TestData.AIR_1 + "&" + RANGE,
				List.of("zone", "field", "agg", "sensor", "from", "to", "every"));
		ENDPOINTS.put("/api/v1/stream?kind=parking&zone=P1&sensor=" + TestData.BAY_A,
				List.of("kind", "zone", "sensor"));
		ENDPOINTS.put("/api/v1/ops/deadletters?stage=bridge&limit=10", List.of("stage", "limit"));
	}

	private static List<String> attacks(String database) {
		return List.of("\"; DROP DATABASE \"" + database + "\" --", "' OR 1=1 --",
				"co2_ppm\") FROM /.*/; DROP MEASUREMENT parking; --", "1h); DROP SERIES FROM /.*/; SELECT (1",
				"P1' OR \"zone\" =~ /.*/ --", "$now", "mean(\"occupied\")", "*", "P1\nDROP DATABASE x",
				"2025-03-12T16:00:00Z' OR time > 0 --");
	}

	@Test
	void rejectsInjectionInEveryParameterAndLeavesTheDatabaseUntouched() {
		InfluxServer influx = InfluxExtension.server();
		String before = fingerprint(influx);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<String, List<String>> endpoint : ENDPOINTS.entrySet()) {
			if (!endpoint.getKey().startsWith("/api/v1/stream")) {
				// the valid request answers (a stream would not end, so it is left out)
				assertThat(get(endpoint.getKey(), "X-API-Key", API_KEY).statusCode()).as(endpoint.getKey())
					.isEqualTo(200);
			}
			for (String parameter : endpoint.getValue()) {
				for (String attack : attacks(database())) {
					String url = replace(endpoint.getKey(), parameter, attack);
					String accept = url.startsWith("/api/v1/stream") ? "text/event-stream" : "application/json";
					HttpResponse<String> response = get(url, "X-API-Key", API_KEY, "Accept", accept);
					requests++;
					JsonNode problem = (response.body().startsWith("{")) ? json(response) : null;
					if (response.statusCode() != 400 || problem == null
							|| !parameter.equals(problem.path("parameter").asString())) {
						failures.add(url + " -> " + response.statusCode() + " " + response.body());
					}
				}
			}
		}
		assertThat(failures).isEmpty();
		// 30 parameters x 10 attacks
		assertThat(requests).isEqualTo(300);
		assertThat(fingerprint(influx)).isEqualTo(before);
	}

	@Test
	void rejectsInjectionInTheSensorIdPath() {
		String before = fingerprint(InfluxExtension.server());
		for (String attack : attacks(database())) {
			String encoded = URLEncoder.encode(attack, StandardCharsets.UTF_8).replace("+", "%20");
			for (String path : List.of("/api/v1/sensors/" + encoded,
					"/api/v1/sensors/" + encoded + "/series?field=occupied")) {
				HttpResponse<String> response = get(path);
				assertThat(response.statusCode()).as(path).isIn(400, 404);
				if (!attack.contains("/")) {
					// an encoded slash in a path segment is refused by Tomcat itself,
					// before the api
					assertThat(response.headers().firstValue("Content-Type")).as(path)
						.hasValue("application/problem+json");
				}
			}
		}
		HttpResponse<String> response = get("/api/v1/sensors/%27%20OR%201%3D1%20--");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).path("parameter").asString()).isEqualTo("id");
		assertThat(fingerprint(InfluxExtension.server())).isEqualTo(before);
	}

	/**
	 * Every point count of every measurement in both retention policies, and every
	 * series.
	 */
	private static String fingerprint(InfluxServer influx) {
		String db = database();
		JsonNode databases = influx.execute("SHOW DATABASES");
		assertThat(databases.toString()).contains("\"" + db + "\"");
		return influx.query(db, "SELECT count(*) FROM \"raw\"./.*/").toString()
				+ influx.query(db, "SELECT count(*) FROM \"hourly\"./.*/").toString()
				+ influx.query(db, "SHOW SERIES").toString() + influx.query(db, "SHOW MEASUREMENTS").toString()
				+ influx.query(db, "SHOW RETENTION POLICIES").toString();
	}

	private static String replace(String url, String parameter, String value) {
		String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
		return url.replaceFirst("([?&])" + parameter + "=[^&]*", "$1" + parameter + "=" + encoded.replace("$", "\\$"));
	}

}
