package org.nordpark.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.model.Reading;
import org.nordpark.testsupport.AppProcess;
import org.nordpark.testsupport.InfluxExtension;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoExtension;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;
import org.nordpark.testsupport.UniqueNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest as its own JVM: killed with SIGKILL mid-stream and started again, the broker
 * redelivers what was not acknowledged and every reading ends up stored exactly once;
 * stopped gracefully, it writes its open batches before it disconnects.
 */
@ExtendWith({ MosquittoExtension.class, InfluxExtension.class })
class IngestProcessIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void losesNothingWhenIngestIsKilledMidStreamAndRestarted(MosquittoServer broker, InfluxServer influx)
			throws Exception {
		String database = UniqueNames.next("db");
		String prefix = broker.newTopicPrefix() + "/";
		Map<String, String> properties = Map.of("nordpark.mqtt.broker-uri", broker.uri(), "nordpark.mqtt.client-id",
				UniqueNames.next("ingest"), "nordpark.ingest.topic-prefix", prefix, "nordpark.influx.url", influx.url(),
				"nordpark.influx.database", database, "nordpark.influx.batch-size", "60",
				"nordpark.influx.batch-max-age", "100ms");
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);
		AppProcess ingest = new AppProcess(IngestApplication.class.getName(), properties,
				List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
		try (MqttRecorder publisher = MqttRecorder.connect(broker.uri())) {
			ingest.start();
			awaitHealthUp(ingest);
			for (int i = 0; i < 1000; i++) {
				publish(publisher, prefix,
						TestReadings.parking(TestReadings.sensor(1 + i % 9), t0.plusSeconds(i), 1, i));
			}
			IngestStreamIT.await(() -> Math.min(100, influx.countPoints(database, "parking")), 100);

			ingest.kill();
			long atKill = influx.countPoints(database, "parking");
			for (int i = 1000; i < 1500; i++) {
				publish(publisher, prefix,
						TestReadings.parking(TestReadings.sensor(1 + i % 9), t0.plusSeconds(i), 0, i));
			}
			assertThat(influx.countPoints(database, "parking")).isEqualTo(atKill);

			ingest.start();
			IngestStreamIT.await(() -> influx.countPoints(database, "parking"), 1500);
			awaitHealthUp(ingest);
			assertThat(ingest.get("/actuator/metrics/nordpark.ingest.points.written")).contains("\"COUNT\"");
		}
		finally {
			ingest.stop();
		}
		assertThat(influx.countPoints(database, "parking")).isEqualTo(1500);
		assertThat(influx.countPoints(database, "link")).isEqualTo(1500);
		assertThat(influx.rows(database, "SELECT sum(occupied) FROM parking")).singleElement()
			.satisfies((row) -> assertThat(row.get(1).asLong()).isEqualTo(1000));
	}

	@Test
	void writesPendingBatchesWhenStoppedGracefully(MosquittoServer broker, InfluxServer influx) throws Exception {
		String database = UniqueNames.next("db");
		String prefix = broker.newTopicPrefix() + "/";
		// batches that would stay open for ten minutes
		Map<String, String> properties = Map.of("nordpark.mqtt.broker-uri", broker.uri(), "nordpark.mqtt.client-id",
				UniqueNames.next("ingest"), "nordpark.ingest.topic-prefix", prefix, "nordpark.influx.url", influx.url(),
				"nordpark.influx.database", database, "nordpark.influx.batch-size", "100000",
				"nordpark.influx.batch-max-age", "10m");
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);
		AppProcess ingest = new AppProcess(IngestApplication.class.getName(), properties,
				List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
		try (MqttRecorder publisher = MqttRecorder.connect(broker.uri())) {
			ingest.start();
			awaitHealthUp(ingest);
			for (int i = 0; i < 50; i++) {
				publish(publisher, prefix,
						TestReadings.parking(TestReadings.sensor(1 + i % 9), t0.plusSeconds(i), 1, i));
			}
			IngestStreamIT.await(() -> (long) JSON.readTree(ingest.get("/actuator/metrics/nordpark.ingest.inflight"))
				.path("measurements")
				.path(0)
				.path("value")
				.asDouble(), 50);
			assertThat(influx.countPoints(database, "parking")).isZero();

			ingest.stop();

			assertThat(influx.countPoints(database, "parking")).isEqualTo(50);
		}
		finally {
			ingest.stop();
		}
	}

	private static void publish(MqttRecorder publisher, String prefix, Reading reading) {
		TestReadings.publish(publisher, prefix, reading);
	}

	private static void awaitHealthUp(AppProcess ingest) throws InterruptedException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		JsonNode health = JSON.readTree(ingest.get("/actuator/health"));
		while (!health.path("status").asString().equals("UP") && System.nanoTime() < deadline) {
			Thread.sleep(100);
			health = JSON.readTree(ingest.get("/actuator/health"));
		}
		assertThat(health.path("status").asString()).as(ingest.logTail()).isEqualTo("UP");
		assertThat(health.path("components").path("mqtt").path("status").asString()).isEqualTo("UP");
		assertThat(health.path("components").path("influx").path("details").path("setupDone").asBoolean()).isTrue();
	}

}
