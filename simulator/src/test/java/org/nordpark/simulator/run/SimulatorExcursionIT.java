package org.nordpark.simulator.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.simulator.SimulatorApplication;
import org.nordpark.testsupport.MosquittoExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excursion mode on the real simulator at a short duration: within one loop of 16 s its
 * {@code /scenario} clock shows every phase of the match day in order, then the day plays
 * again from the start.
 */
@ExtendWith(MosquittoExtension.class)
@SpringBootTest(classes = SimulatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nordpark.simulator.mode=live", "nordpark.simulator.excursion.duration=16s",
				"nordpark.simulator.live-scenario=match-day", "nordpark.simulator.scenario=match-day",
				"nordpark.simulator.manifest=../config/nordpark-site.yaml" })
class SimulatorExcursionIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry registry) {
		registry.add("nordpark.mqtt.broker-uri", () -> MosquittoExtension.server().uri());
		registry.add("nordpark.mqtt.client-id", () -> "simulator-" + UUID.randomUUID());
	}

	@Test
	void showsEveryPhaseWithinTheDurationAndLoops() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/scenario"))
			.timeout(Duration.ofSeconds(5))
			.build();
		List<String> phases = new ArrayList<>();
		long firstLoop = -1;
		// a loop is 16 s: two of them and the start-up fit well within the deadline
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				JsonNode clock = JSON.readTree(response.body());
				long loop = clock.path("loop").asLong();
				if (firstLoop < 0) {
					firstLoop = loop;
				}
				String phase = clock.path("phase").asString();
				if (phases.isEmpty() || !phases.get(phases.size() - 1).equals(phase)) {
					phases.add(phase);
				}
				assertThat(clock.path("speed").asDouble()).isEqualTo(1800.0);
				assertThat(clock.path("scenarioTime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\+01:00");
				int start = phases.indexOf("before-arrival");
				if (start >= 0 && phases.size() - start > 7 || loop >= firstLoop + 3) {
					break;
				}
			}
			Thread.sleep(150);
		}
		// a whole loop was watched from its start: every phase in order, and the next one
		// starts again before the arrival
		int start = phases.indexOf("before-arrival");
		assertThat(start).as("phases seen: %s", phases).isGreaterThanOrEqualTo(0);
		assertThat(phases.subList(start, phases.size())).startsWith("before-arrival", "arrival", "first-half",
				"half-time", "second-half", "departure", "evening", "before-arrival");
	}

}
