package org.nordpark.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.model.Reading;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoExtension;
import org.nordpark.testsupport.MqttRecorder;
import org.nordpark.testsupport.UniqueNames;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * InfluxDB stopped mid-stream and started again: ingest retries, holds a bounded number
 * of readings, lets the broker keep the rest, and in the end every reading is stored
 * exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
@ExtendWith(MosquittoExtension.class)
class InfluxOutageIT {

	private static final InfluxServer INFLUX = InfluxServer.open();

	private static final String PREFIX = UniqueNames.next("t") + "/";

	private static final String DATABASE = UniqueNames.next("db");

	private static final int MAX_IN_FLIGHT = 60;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private ApplicationContext context;

	@BeforeAll
	static void startInflux() {
		INFLUX.start();
	}

	@AfterAll
	static void stopInflux() {
		INFLUX.close();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("nordpark.mqtt.broker-uri", () -> MosquittoExtension.server().uri());
		registry.add("nordpark.mqtt.client-id", () -> PREFIX.replace("/", "") + "_ingest");
		registry.add("nordpark.ingest.topic-prefix", () -> PREFIX);
		registry.add("nordpark.mqtt.receive-maximum", () -> "40");
		registry.add("nordpark.influx.url", INFLUX::url);
		registry.add("nordpark.influx.database", () -> DATABASE);
		registry.add("nordpark.influx.batch-max-age", () -> "50ms");
		registry.add("nordpark.influx.batch-size", () -> "40");
		registry.add("nordpark.influx.max-in-flight", () -> String.valueOf(MAX_IN_FLIGHT));
		registry.add("nordpark.influx.timeout", () -> "2s");
		registry.add("nordpark.influx.retry-min-backoff", () -> "50ms");
		registry.add("nordpark.influx.retry-max-backoff", () -> "500ms");
	}

	@Test
	void storesEveryReadingExactlyOnceAfterInfluxDbWasDownMidStream() throws Exception {
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
		HealthIndicator influxHealth = this.context.getBean("influxHealthIndicator", HealthIndicator.class);
		HealthIndicator mqttHealth = this.context.getBean("mqttHealthIndicator", HealthIndicator.class);
		awaitTrue(() -> mqttHealth.health().getStatus().equals(Status.UP));
		try (MqttRecorder publisher = MqttRecorder.connect(MosquittoExtension.server().uri())) {
			for (int i = 0; i < 300; i++) {
				publish(publisher, TestReadings.parking(TestReadings.sensor(1 + i % 7), t0.plusSeconds(i), i % 2, i));
			}
			IngestStreamIT.await(() -> Math.min(1, INFLUX.countPoints(DATABASE, "parking")), 1);

			INFLUX.stop();
			for (int i = 300; i < 800; i++) {
				publish(publisher, TestReadings.parking(TestReadings.sensor(1 + i % 7), t0.plusSeconds(i), i % 2, i));
			}
			awaitTrue(() -> this.meters.counter("nordpark.ingest.write.retries").count() >= 3);
			Health down = influxHealth.health();
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("retrying", true).containsKey("lastError");
			assertThat(inFlight()).isPositive().isLessThanOrEqualTo(MAX_IN_FLIGHT);

			INFLUX.start();
		}

		IngestStreamIT.await(() -> INFLUX.countPoints(DATABASE, "parking"), 800);
		awaitTrue(() -> inFlight() == 0);
		assertThat(INFLUX.countPoints(DATABASE, "parking")).isEqualTo(800);
		assertThat(INFLUX.countPoints(DATABASE, "link")).isEqualTo(800);
		awaitTrue(() -> influxHealth.health().getStatus().equals(Status.UP));
	}

	private double inFlight() {
		return this.meters.get("nordpark.ingest.inflight").gauge().value();
	}

	private static void publish(MqttRecorder publisher, Reading reading) {
		TestReadings.publish(publisher, PREFIX, reading);
	}

	private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("condition within 60 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

}
