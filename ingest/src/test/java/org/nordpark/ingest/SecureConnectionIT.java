package org.nordpark.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;
import org.nordpark.testsupport.UniqueNames;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Ingest against a broker that requires a password over TLS (trusting the broker's CA
 * through a Spring SSL bundle) and an InfluxDB with authentication on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class SecureConnectionIT {

	private static final MosquittoServer BROKER = MosquittoServer.builder().user("ingest", "mqtt-secret").tls().build();

	private static InfluxServer influx;

	private static final String DATABASE = UniqueNames.next("db");

	@BeforeAll
	static void start() {
		BROKER.start();
		influx = InfluxServer.startWithAuth("admin", "influx-secret");
	}

	@AfterAll
	static void stop() {
		BROKER.close();
		influx.close();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("nordpark.mqtt.broker-uri", BROKER::tlsUri);
		registry.add("nordpark.mqtt.username", () -> "ingest");
		registry.add("nordpark.mqtt.password", () -> "mqtt-secret");
		registry.add("nordpark.mqtt.ssl-bundle", () -> "mqtt");
		registry.add("spring.ssl.bundle.pem.mqtt.truststore.certificate",
				() -> "file:" + BROKER.certificates().caCertificate());
		registry.add("nordpark.mqtt.client-id", () -> UniqueNames.next("ingest"));
		registry.add("nordpark.influx.url", () -> influx.url());
		registry.add("nordpark.influx.username", () -> "admin");
		registry.add("nordpark.influx.password", () -> "influx-secret");
		registry.add("nordpark.influx.database", () -> DATABASE);
		registry.add("nordpark.influx.batch-max-age", () -> "50ms");
	}

	@Autowired
	private ApplicationContext context;

	@Test
	void storesReadingsReceivedOverTlsWithCredentialsIntoAnInfluxDbWithAuthentication() {
		HealthIndicator mqtt = this.context.getBean("mqttHealthIndicator", HealthIndicator.class);
		IngestStreamIT.await(() -> mqtt.health().getStatus().equals(Status.UP) ? 1 : 0, 1);
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
		try (MqttRecorder publisher = MqttRecorder.connect(BROKER.uri(), "ingest", "mqtt-secret", null)) {
			for (int i = 0; i < 20; i++) {
				TestReadings.publish(publisher, "",
						TestReadings.parking(TestReadings.sensor(1 + i % 4), t0.plusSeconds(i), 1, i));
			}
		}
		IngestStreamIT.await(() -> influx.countPoints(DATABASE, "parking"), 20);
	}

}
