package org.nordpark.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.AppProcess;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One broker, one database, one bridge and one ingest, each a real process; every test
 * streams a known set of ChirpStack uplinks (with duplicates), injects one fault
 * mid-stream and counts the points in InfluxDB: every unique uplink exactly once, nothing
 * extra, no dead letter. The tests share the processes (each stream has its own time
 * window) to stay within the CI budget.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

	/**
	 * Unique uplinks per scenario; {@code -Dnordpark.faults.uplinks=…} for a longer run.
	 */
	static final int UNIQUE = Integer.getInteger("nordpark.faults.uplinks", 3000);

	/** Publish rate of the scenarios (events a second). */
	static final int RATE = Integer.getInteger("nordpark.faults.rate", 600);

	private static final String DATABASE = "nordpark_faults";

	private static final Duration STORE_LIMIT = Duration.ofSeconds(120);

	private static MosquittoServer broker;

	private static InfluxServer influx;

	private static AppProcess bridge;

	private static AppProcess ingest;

	@BeforeAll
	static void start() {
		broker = MosquittoServer.builder().build();
		broker.start();
		influx = InfluxServer.startOpen();
		bridge = Services.bridge(broker.uri(), "faults-bridge", Map.of()).start();
		ingest = Services.ingest(broker.uri(), "faults-ingest", influx.url(), DATABASE, Map.of()).start();
		Services.awaitMqttUp(bridge);
		Services.awaitMqttUp(ingest);
	}

	@AfterAll
	static void stop() {
		if (ingest != null) {
			ingest.stop();
		}
		if (bridge != null) {
			bridge.stop();
		}
		if (influx != null) {
			influx.close();
		}
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	@Order(1)
	void storesEveryUplinkOnceWhenTheBridgeIsKilledMidStreamAndRestarted() {
		scenario("bridge SIGKILL", 1, () -> {
			bridge.kill();
			Services.sleep(1000);
			bridge.start();
		});
	}

	@Test
	@Order(2)
	void storesEveryUplinkOnceWhenIngestIsKilledMidStreamAndRestarted() {
		scenario("ingest SIGKILL", 2, () -> {
			ingest.kill();
			Services.sleep(1000);
			ingest.start();
		});
	}

	@Test
	@Order(3)
	void storesEveryUplinkOnceWhenBridgeAndIngestAreKilledAtOnce() {
		scenario("bridge and ingest SIGKILL", 3, () -> {
			bridge.kill();
			ingest.kill();
			Services.sleep(1000);
			CompletableFuture<Void> restart = CompletableFuture.runAsync(() -> bridge.start());
			ingest.start();
			restart.join();
		});
	}

	@Test
	@Order(4)
	void storesEveryUplinkOnceWhenMosquittoIsStoppedAndRestartedMidStream() {
		scenario("Mosquitto stopped 3 s and restarted (persistence on)", 4, () -> {
			broker.stop();
			Services.sleep(3000);
			broker.start();
		});
	}

	@Test
	@Order(5)
	void storesEveryUplinkOnceWhenInfluxDbIsDownLongerThanTheRetryBackoff() {
		scenario("InfluxDB stopped 8 s (write timeout 2 s, backoff ≤ 1 s) and restarted", 5, () -> {
			influx.stop();
			Services.sleep(8000);
			influx.start();
		});
	}

	@Test
	@Order(6)
	void storesEveryUplinkOnceWhenInfluxDbAnswersSlowly() {
		scenario("InfluxDB frozen (SIGSTOP) 1.5 s of every 2 s for 8 s", 6, () -> {
			for (int i = 0; i < 4; i++) {
				influx.pause();
				Services.sleep(1500);
				influx.resume();
				Services.sleep(500);
			}
		});
	}

	private void scenario(String name, int window, Runnable fault) {
		Uplinks.Stream stream = Uplinks.stream(name, windowStart(window), UNIQUE);
		long started = System.nanoTime();
		try (MqttRecorder deadLetters = MqttRecorder.connect(broker.uri());
				ChirpStackPublisher chirpstack = new ChirpStackPublisher(broker.uri())) {
			deadLetters.subscribe(Topics.DEAD_LETTERS_ALL);
			CompletableFuture<Void> publishing = chirpstack.publishAllAsync(stream.messages(), RATE);
			Services.await(() -> chirpstack.published() >= stream.messages().size() / 3, Duration.ofSeconds(60),
					() -> "a third of the stream to be published");
			fault.run();
			publishing.orTimeout(3, TimeUnit.MINUTES).join();
			Stored.Counts stored = Stored.awaitExactly(influx, DATABASE, stream, STORE_LIMIT);
			long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
			int deadLettered = isUp(broker) ? deadLetters.received().size() : -1;
			Report.line(name,
					"%d sent (%d unique, %d duplicates, %d publish retries) | parking %d, link %d, device %d (expected %d/%d/%d) | %d dead letters | %d s"
						.formatted(stream.messages().size(), stream.unique(), stream.duplicates(), chirpstack.retries(),
								stored.parking(), stored.link(), stored.device(), stream.unique(), stream.unique(),
								stream.heartbeats(), deadLettered, seconds));
			assertThat(stored).as(name).isEqualTo(Stored.Counts.expected(stream));
			assertThat(deadLetters.received()).as("dead letters").isEmpty();
		}
	}

	private static boolean isUp(MosquittoServer server) {
		return server.isRunning();
	}

	/** The scenario's own hour window, recent enough for the raw retention policy. */
	static Instant windowStart(int window) {
		return Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2L * window + 1));
	}

}
