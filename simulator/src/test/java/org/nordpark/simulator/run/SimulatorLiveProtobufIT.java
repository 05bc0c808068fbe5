package org.nordpark.simulator.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.google.protobuf.util.Timestamps;
import io.chirpstack.api.integration.UplinkEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.simulator.SimulatorApplication;
import org.nordpark.testsupport.MosquittoExtension;
import org.nordpark.testsupport.MqttRecorder;
import org.nordpark.testsupport.MqttRecorder.Received;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live run in protobuf at high speed: events arrive as binary ChirpStack messages,
 * stamped with the wall clock while the scenario runs ahead.
 */
@ExtendWith(MosquittoExtension.class)
@SpringBootTest(classes = SimulatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "nordpark.simulator.mode=live", "nordpark.simulator.speed=600",
				"nordpark.simulator.live-start=14:00", "nordpark.simulator.scenario=match-day",
				"nordpark.simulator.format=protobuf", "nordpark.simulator.manifest=../config/nordpark-site.yaml" })
class SimulatorLiveProtobufIT {

	private static final String APPLICATION = UUID.randomUUID().toString();

	private static MqttRecorder recorder;

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry registry) {
		registry.add("nordpark.mqtt.broker-uri", () -> MosquittoExtension.server().uri());
		registry.add("nordpark.mqtt.client-id", () -> "simulator-" + APPLICATION);
		registry.add("nordpark.simulator.chirpstack.application-id", () -> APPLICATION);
	}

	@BeforeAll
	static void subscribe() {
		recorder = MqttRecorder.connect(MosquittoExtension.server().uri())
			.subscribe("application/" + APPLICATION + "/device/+/event/up");
	}

	@AfterAll
	static void close() {
		recorder.close();
	}

	@Test
	void liveEventsArriveAsProtobufWithWallClockTimes() throws Exception {
		Instant before = Instant.now().minusSeconds(5);
		List<Received> received = recorder.awaitCount(50);
		for (Received message : received.subList(0, 50)) {
			assertThat(message.payload()[0]).as("binary, not JSON").isNotEqualTo((byte) '{');
			UplinkEvent event = UplinkEvent.parseFrom(message.payload());
			assertThat(message.topic()).contains("/device/" + event.getDeviceInfo().getDevEui() + "/event/up");
			assertThat(event.getDeviceInfo().getApplicationId()).isEqualTo(APPLICATION);
			assertThat(event.getRxInfoCount()).isBetween(1, 3);
			assertThat(event.getRegionConfigId()).isEqualTo("eu868");
			Instant time = Instant.ofEpochMilli(Timestamps.toMillis(event.getTime()));
			assertThat(time).isAfter(before).isBefore(Instant.now().plus(Duration.ofSeconds(5)));
		}
	}

}
