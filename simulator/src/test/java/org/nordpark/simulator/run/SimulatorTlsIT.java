package org.nordpark.simulator.run;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.simulator.SimulatorApplication;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator publishes over TLS with a user name and password, trusting the broker's
 * freshly generated CA only through the Spring Boot SSL bundle named by
 * {@code nordpark.mqtt.ssl-bundle}.
 */
@SpringBootTest(classes = SimulatorApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "nordpark.simulator.mode=live", "nordpark.simulator.speed=600",
				"nordpark.simulator.live-start=14:00", "nordpark.simulator.scenario=match-day",
				"nordpark.simulator.manifest=../config/nordpark-site.yaml" })
class SimulatorTlsIT {

	private static final String APPLICATION = UUID.randomUUID().toString();

	private static final String PASSWORD = "sim-" + UUID.randomUUID();

	private static final MosquittoServer BROKER = MosquittoServer.builder()
		.tls()
		.user("nordpark-simulator", PASSWORD)
		.user("observer", "o")
		.build();

	private static MqttRecorder recorder;

	@BeforeAll
	static void start() {
		BROKER.start();
		recorder = MqttRecorder.connect(BROKER.tlsUri(), "observer", "o", BROKER.certificates().trustingSocketFactory())
			.subscribe("application/" + APPLICATION + "/device/+/event/up");
	}

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry registry) {
		registry.add("nordpark.mqtt.broker-uri", BROKER::tlsUri);
		registry.add("nordpark.mqtt.username", () -> "nordpark-simulator");
		registry.add("nordpark.mqtt.password", () -> PASSWORD);
		registry.add("nordpark.mqtt.ssl-bundle", () -> "mqtt");
		registry.add("spring.ssl.bundle.pem.mqtt.truststore.certificate",
				() -> "file:" + BROKER.certificates().caCertificate().toAbsolutePath());
		registry.add("nordpark.mqtt.client-id", () -> "simulator-" + APPLICATION);
		registry.add("nordpark.simulator.chirpstack.application-id", () -> APPLICATION);
	}

	@AfterAll
	static void stop() {
		if (recorder != null) {
			recorder.close();
		}
		BROKER.close();
	}

	@Test
	void publishesUplinksOverTlsTrustingTheBrokersCaFromTheSslBundle() {
		assertThat(recorder.awaitCount(20))
			.allSatisfy((message) -> assertThat(message.topic()).startsWith("application/" + APPLICATION + "/device/")
				.endsWith("/event/up"));
	}

}
