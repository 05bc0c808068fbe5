package org.nordpark.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.InfluxExtension;
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
 * The broker restarted mid-stream: ingest reconnects, resubscribes, and the persistent
 * session brings every reading; messages of the lost connection are written again, not
 * acknowledged on the new one. Unshared, because mosquitto 2.0 does not restore shared
 * subscriptions from its persistence file: readings published after its restart and
 * before ingest resubscribed would have no subscriber (see ingest/README.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
@ExtendWith(InfluxExtension.class)
class BrokerRestartIT {

	private static final MosquittoServer BROKER = MosquittoServer.builder().build();

	private static final String DATABASE = UniqueNames.next("db");

	@Autowired
	private ApplicationContext context;

	@BeforeAll
	static void startBroker() {
		BROKER.start();
	}

	@AfterAll
	static void stopBroker() {
		BROKER.close();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("nordpark.mqtt.broker-uri", BROKER::uri);
		registry.add("nordpark.mqtt.client-id", () -> "ingest_" + DATABASE);
		registry.add("nordpark.mqtt.reconnect-delay", () -> "1s");
		registry.add("nordpark.mqtt.shared-group", () -> "");
		registry.add("nordpark.influx.url", () -> InfluxExtension.server().url());
		registry.add("nordpark.influx.database", () -> DATABASE);
		registry.add("nordpark.influx.batch-max-age", () -> "200ms");
	}

	@Test
	void storesEveryReadingWhenTheBrokerRestartsMidStream(InfluxServer influx) {
		HealthIndicator mqtt = this.context.getBean("mqttHealthIndicator", HealthIndicator.class);
		IngestStreamIT.await(() -> mqtt.health().getStatus().equals(Status.UP) ? 1 : 0, 1);
		long reconnects = (Long) mqtt.health().getDetails().get("reconnects");
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.HOURS);
		try (MqttRecorder publisher = MqttRecorder.connect(BROKER.uri())) {
			for (int i = 0; i < 300; i++) {
				TestReadings.publish(publisher, "",
						TestReadings.parking(TestReadings.sensor(1 + i % 5), t0.plusSeconds(i), 1, i));
			}
		}
		BROKER.restart();
		try (MqttRecorder publisher = MqttRecorder.connect(BROKER.uri())) {
			for (int i = 300; i < 600; i++) {
				TestReadings.publish(publisher, "",
						TestReadings.parking(TestReadings.sensor(1 + i % 5), t0.plusSeconds(i), 1, i));
			}
		}

		IngestStreamIT.await(() -> points(influx, "parking", InfluxSchema.OCCUPIED, t0), 600);
		assertThat(points(influx, "link", InfluxSchema.F_CNT, t0)).isEqualTo(600);
		assertThat(mqtt.health().getDetails().get("reconnects")).isEqualTo(reconnects + 1);
	}

	/**
	 * Dead letters in flight when the broker goes away: Paho would resend them on the
	 * next connection with a topic alias of the old one, which the broker refuses as a
	 * protocol error, over and over (eclipse-paho/paho.mqtt.java#1104). Ingest must
	 * reconnect once and store every good reading published before and after.
	 */
	@Test
	void goesOnAfterTheBrokerRestartsWhileDeadLettersAreInFlight(InfluxServer influx) {
		HealthIndicator mqtt = this.context.getBean("mqttHealthIndicator", HealthIndicator.class);
		IngestStreamIT.await(() -> mqtt.health().getStatus().equals(Status.UP) ? 1 : 0, 1);
		long reconnects = (Long) mqtt.health().getDetails().get("reconnects");
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(4, ChronoUnit.HOURS);
		byte[] malformed = "{\"schema\":1,\"uplinkId\":\"not a reading\"}".getBytes(StandardCharsets.UTF_8);
		try (MqttRecorder publisher = MqttRecorder.connect(BROKER.uri())) {
			for (int i = 0; i < 300; i++) {
				TestReadings.publish(publisher, "",
						TestReadings.parking(TestReadings.sensor(1 + i % 5), t0.plusSeconds(i), 1, i));
				TestReadings.publish(publisher, Topics.READING_BATCHES, malformed);
			}
		}
		BROKER.restart();
		try (MqttRecorder publisher = MqttRecorder.connect(BROKER.uri())) {
			for (int i = 300; i < 600; i++) {
				TestReadings.publish(publisher, "",
						TestReadings.parking(TestReadings.sensor(1 + i % 5), t0.plusSeconds(i), 1, i));
			}
		}

		IngestStreamIT.await(() -> points(influx, "parking", InfluxSchema.OCCUPIED, t0), 600);
		assertThat(points(influx, "link", InfluxSchema.F_CNT, t0)).isEqualTo(600);
		assertThat(mqtt.health().getDetails().get("reconnects")).isEqualTo(reconnects + 1);
		assertThat(mqtt.health().getStatus()).isEqualTo(Status.UP);
	}

	/** Points of a measurement in the hour from {@code from}. */
	private static long points(InfluxServer influx, String measurement, String field, Instant from) {
		return influx
			.rows(DATABASE,
					"SELECT count(\"" + field + "\") FROM \"raw\".\"" + measurement + "\" WHERE time >= '" + from
							+ "' AND time < '" + from.plus(1, ChronoUnit.HOURS) + "'")
			.stream()
			.findFirst()
			.map((row) -> row.get(1).asLong())
			.orElse(0L);
	}

}
