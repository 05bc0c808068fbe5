package org.nordpark.simulator.run;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.simulator.SimulatorApplication;
import org.nordpark.testsupport.MosquittoExtension;
import org.nordpark.testsupport.MqttRecorder;
import org.nordpark.testsupport.MqttRecorder.Received;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backfill against a real mosquitto: every message the simulator publishes arrives,
 * each is a ChirpStack JSON event on the topic of its device, with historical times.
 */
@ExtendWith(MosquittoExtension.class)
@SpringBootTest(classes = SimulatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "nordpark.simulator.mode=backfill", "nordpark.simulator.backfill=3h",
				"nordpark.simulator.manifest=../config/nordpark-site.yaml" })
class SimulatorBackfillIT {

	private static final String APPLICATION = UUID.randomUUID().toString();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static MqttRecorder recorder;

	@Autowired
	private SimulationStatus status;

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry registry) {
		registry.add("nordpark.mqtt.broker-uri", () -> MosquittoExtension.server().uri());
		registry.add("nordpark.mqtt.client-id", () -> "simulator-" + APPLICATION);
		registry.add("nordpark.simulator.chirpstack.application-id", () -> APPLICATION);
	}

	@BeforeAll
	static void subscribe() {
		recorder = MqttRecorder.connect(MosquittoExtension.server().uri())
			.subscribe("application/" + APPLICATION + "/device/+/event/+");
	}

	@AfterAll
	static void close() {
		recorder.close();
	}

	@Test
	void everyPublishedEventArrivesAsChirpStackJsonOnItsDevicesTopic() {
		await().atMost(Duration.ofMinutes(2)).until(() -> this.status.phase() == SimulationStatus.Phase.DONE);
		long published = this.status.published();
		assertThat(published).isGreaterThan(200);
		List<Received> received = recorder.awaitCount((int) published);
		assertThat(received).hasSize((int) published);
		Instant start = Instant.now().minus(Duration.ofHours(3)).minus(Duration.ofMinutes(5));
		for (Received message : received) {
			String[] topic = message.topic().split("/");
			JsonNode event = JSON.readTree(message.payload());
			assertThat(message.retained()).isFalse();
			assertThat(event.get("deviceInfo").get("devEui").asString()).isEqualTo(topic[3]);
			assertThat(event.get("deviceInfo").get("applicationId").asString()).isEqualTo(APPLICATION);
			Instant time = OffsetDateTime.parse(event.get("time").asString()).toInstant();
			assertThat(time).isAfter(start).isBefore(Instant.now());
			if (topic[5].equals("up")) {
				assertThat(event.get("rxInfo").size()).isBetween(1, 3);
				assertThat(event.get("data").asString()).isNotEmpty();
			}
			else {
				assertThat(topic[5]).isEqualTo("status");
				assertThat(event.get("batteryLevel").asDouble()).isBetween(0.0, 100.0);
			}
		}
	}

}
