package org.nordpark.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.MeterRegistry;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker crashes (SIGKILL) while ingest holds readings it could not write yet
 * (InfluxDB down): mosquitto acknowledged them from memory and saved nothing since, so
 * after its restart nobody will deliver them again. Ingest must still write every reading
 * it held, although it can no longer acknowledge them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class BrokerCrashIT {

	/**
	 * No autosave during the test: what the broker took after its start is lost by a
	 * kill.
	 */
	private static final MosquittoServer BROKER = MosquittoServer.builder().config("autosave_interval 3600").build();

	private static final InfluxServer INFLUX = InfluxServer.open();

	private static final String DATABASE = UniqueNames.next("db");

	private static final int HELD = 200;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private ApplicationContext context;

	@BeforeAll
	static void start() {
		BROKER.start();
		INFLUX.start();
	}

	@AfterAll
	static void close() {
		BROKER.close();
		INFLUX.close();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("nordpark.mqtt.broker-uri", BROKER::uri);
		registry.add("nordpark.mqtt.client-id", () -> "ingest_" + DATABASE);
		registry.add("nordpark.mqtt.reconnect-delay", () -> "1s");
		registry.add("nordpark.mqtt.receive-maximum", () -> "1000");
		registry.add("nordpark.influx.url", INFLUX::url);
		registry.add("nordpark.influx.database", () -> DATABASE);
		registry.add("nordpark.influx.batch-max-age", () -> "50ms");
		registry.add("nordpark.influx.max-in-flight", () -> "1000");
		registry.add("nordpark.influx.timeout", () -> "2s");
		registry.add("nordpark.influx.retry-min-backoff", () -> "50ms");
		registry.add("nordpark.influx.retry-max-backoff", () -> "300ms");
	}

	@Test
	void writesTheReadingsItHeldWhenTheBrokerCrashed() throws Exception {
		HealthIndicator mqtt = this.context.getBean("mqttHealthIndicator", HealthIndicator.class);
		awaitTrue(() -> mqtt.health().getStatus().equals(Status.UP), "subscribed");
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
		try (MqttRecorder publisher = MqttRecorder.connect(BROKER.uri())) {
			TestReadings.publish(publisher, "", TestReadings.parking(TestReadings.sensor(1), t0, 1, 0));
			awaitTrue(() -> INFLUX.countPoints(DATABASE, "parking") == 1, "the first reading stored");
			INFLUX.stop();
			for (int i = 1; i <= HELD; i++) {
				TestReadings.publish(publisher, "",
						TestReadings.parking(TestReadings.sensor(1 + i % 5), t0.plusSeconds(i), i % 2, i));
			}
		}
		awaitTrue(() -> inFlight() == HELD, "every reading held by ingest");
		long reconnects = (Long) mqtt.health().getDetails().get("reconnects");

		BROKER.kill();
		BROKER.start();
		awaitTrue(() -> (Long) mqtt.health().getDetails().get("reconnects") > reconnects
				&& mqtt.health().getStatus().equals(Status.UP), "subscribed again");
		INFLUX.start();

		awaitTrue(() -> inFlight() == 0, "nothing held any more");
		assertThat(INFLUX.countPoints(DATABASE, "parking")).as("every reading ingest held, stored").isEqualTo(1 + HELD);
		assertThat(INFLUX.countPoints(DATABASE, "link")).isEqualTo(1 + HELD);
	}

	private double inFlight() {
		return this.meters.get("nordpark.ingest.inflight").gauge().value();
	}

	private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!safely(condition)) {
			assertThat(System.nanoTime()).as(what + " within 60 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private static boolean safely(BooleanSupplier condition) {
		try {
			return condition.getAsBoolean();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
