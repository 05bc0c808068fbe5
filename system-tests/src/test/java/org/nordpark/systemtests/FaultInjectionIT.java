package org.nordpark.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.nordpark.model.DeadLetter;
import org.nordpark.model.ModelJson;
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

	/**
	 * Unique uplinks of the burst; {@code -Dnordpark.burst.uplinks=…} for a longer run.
	 */
	static final int BURST = Integer.getInteger("nordpark.burst.uplinks", 10000);

	/** The steady load the burst is compared with (events a second). */
	static final int STEADY_RATE = 30;

	/** The burst's window (far enough back for a long burst of one uplink a second). */
	static final int BURST_WINDOW = 6 + Math.max(1, BURST / 3600);

	private static final String DATABASE = "nordpark_faults";

	private static final Duration STORE_LIMIT = Duration.ofSeconds(120);

	/**
	 * One instance of each service on Mosquitto: plain subscriptions, because Mosquitto
	 * 2.0 does not restore shared subscriptions from its persistence file after a restart
	 * (messages published before the subscribers come back would be dropped).
	 */
	private static final Map<String, String> UNSHARED = Map.of("nordpark.mqtt.shared-group", "");

	private static MosquittoServer broker;

	private static InfluxServer influx;

	private static AppProcess bridge;

	private static AppProcess ingest;

	@BeforeAll
	static void start() {
		broker = MosquittoServer.builder().build();
		broker.start();
		influx = InfluxServer.startOpen();
		bridge = Services.bridge(broker.uri(), "faults-bridge", UNSHARED).start();
		ingest = Services.ingest(broker.uri(), "faults-ingest", influx.url(), DATABASE, UNSHARED).start();
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

	@Test
	@Order(7)
	void absorbsABurstFarAboveSteadyLoadWithBoundedMemoryAndDrainsTheBacklog() {
		Uplinks.Stream steady = Uplinks.stream("steady", windowStart(8), 300);
		Uplinks.Stream burst = Uplinks.stream("burst", windowStart(BURST_WINDOW), BURST);
		HeapSampler heap = new HeapSampler(bridge, ingest);
		try (MqttRecorder deadLetters = MqttRecorder.connect(broker.uri());
				ChirpStackPublisher chirpstack = new ChirpStackPublisher(broker.uri())) {
			deadLetters.subscribe(Topics.DEAD_LETTERS_ALL);
			heap.start();
			chirpstack.publishAll(steady.messages(), STEADY_RATE);
			long burstStart = System.nanoTime();
			chirpstack.publishAll(burst.messages(), 0);
			double publishSeconds = (System.nanoTime() - burstStart) / 1e9;
			Stored.Counts stored = Stored.awaitExactly(influx, DATABASE, burst, Duration.ofMinutes(10));
			double drainSeconds = (System.nanoTime() - burstStart) / 1e9;
			heap.stop();
			Stored.Counts steadyStored = Stored.counts(influx, DATABASE, steady);
			Report.line("burst",
					("%d steady at %d/s, then %d sent (%d unique, %d duplicates) in %.1f s = %.0f/s (%.0f× steady) "
							+ "| parking %d, link %d, device %d (expected %d/%d/%d) | %d dead letters | stored all after %.1f s; "
							+ "peak heap bridge %d MB, ingest %d MB (-Xmx160m); peak ingest in flight %d (max 2000)")
						.formatted(steady.messages().size(), STEADY_RATE, burst.messages().size(), burst.unique(),
								burst.duplicates(), publishSeconds, burst.messages().size() / publishSeconds,
								burst.messages().size() / publishSeconds / STEADY_RATE, stored.parking(), stored.link(),
								stored.device(), burst.unique(), burst.unique(), burst.heartbeats(),
								deadLetters.received().size(), drainSeconds, heap.peak(0) >> 20, heap.peak(1) >> 20,
								heap.peakInFlight()));
			assertThat(stored).isEqualTo(Stored.Counts.expected(burst));
			assertThat(steadyStored).isEqualTo(Stored.Counts.expected(steady));
			assertThat(deadLetters.received()).isEmpty();
			assertThat(ProcessHandle.of(bridge.pid()).map(ProcessHandle::isAlive)).contains(true);
			assertThat(ProcessHandle.of(ingest.pid()).map(ProcessHandle::isAlive)).contains(true);
			assertThat(heap.peakInFlight()).as("ingest readings in flight").isLessThanOrEqualTo(2000);
			assertThat(heap.peak(0)).as("bridge heap").isPositive().isLessThan(160L << 20);
			assertThat(heap.peak(1)).as("ingest heap").isPositive().isLessThan(160L << 20);
		}
		finally {
			heap.stop();
		}
	}

	@Test
	@Order(8)
	void deadLettersEveryMalformedUplinkWithAReasonAndStoresEveryGoodOneAroundThem() {
		Uplinks.Stream good = Uplinks.stream("good around malformed", windowStart(9), 600);
		List<MalformedUplinks.Case> corpus = MalformedUplinks.corpus(windowStart(9).plusSeconds(30));
		List<Uplinks.Message> messages = new ArrayList<>(good.messages());
		for (int i = 0; i < corpus.size(); i++) {
			messages.add(Math.min(messages.size(), 20 + i * 40), corpus.get(i).message());
		}
		try (MqttRecorder deadLetters = MqttRecorder.connect(broker.uri());
				ChirpStackPublisher chirpstack = new ChirpStackPublisher(broker.uri())) {
			deadLetters.subscribe(Topics.DEAD_LETTERS_ALL);
			chirpstack.publishAll(messages, 0);
			Stored.Counts stored = Stored.awaitExactly(influx, DATABASE, good, STORE_LIMIT);
			List<DeadLetter> letters = deadLetters.awaitCount(corpus.size())
				.stream()
				.map((message) -> ModelJson.readDeadLetter(message.payload()))
				.toList();
			Services.sleep(1000);
			Report.line("malformed corpus",
					"%d good (%d unique) + %d malformed | parking %d, link %d, device %d (expected %d/%d/%d) | %d dead letters: %s"
						.formatted(good.messages().size(), good.unique(), corpus.size(), stored.parking(),
								stored.link(), stored.device(), good.unique(), good.unique(), good.heartbeats(),
								deadLetters.received().size(),
								letters.stream()
									.map(DeadLetter::reason)
									.map((r) -> r.length() > 90 ? r.substring(0, 90) + "…" : r)
									.toList()));
			assertThat(stored).isEqualTo(Stored.Counts.expected(good));
			assertThat(deadLetters.received()).hasSize(corpus.size());
			assertThat(letters).allSatisfy((letter) -> {
				assertThat(letter.stage()).isEqualTo("bridge");
				assertThat(letter.reason()).isNotBlank();
				assertThat(letter.topic()).startsWith("application/");
			});
			assertThat(ProcessHandle.of(bridge.pid()).map(ProcessHandle::isAlive)).contains(true);
		}
	}

	private void scenario(String name, int window, Runnable fault) {
		Uplinks.Stream stream = Uplinks.stream(name, windowStart(window), UNIQUE);
		long started = System.nanoTime();
		HeapSampler heap = new HeapSampler(bridge, ingest);
		try (MqttRecorder deadLetters = MqttRecorder.connect(broker.uri());
				ChirpStackPublisher chirpstack = new ChirpStackPublisher(broker.uri())) {
			deadLetters.subscribe(Topics.DEAD_LETTERS_ALL);
			heap.start();
			CompletableFuture<Void> publishing = chirpstack.publishAllAsync(stream.messages(), RATE);
			Services.await(() -> chirpstack.published() >= stream.messages().size() / 3, Duration.ofSeconds(60),
					() -> "a third of the stream to be published");
			fault.run();
			publishing.orTimeout(3, TimeUnit.MINUTES).join();
			Stored.Counts stored = Stored.awaitExactly(influx, DATABASE, stream, STORE_LIMIT);
			heap.stop();
			long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
			int deadLettered = isUp(broker) ? deadLetters.received().size() : -1;
			Report.line(name,
					"%d sent (%d unique, %d duplicates, %d publish retries) | parking %d, link %d, device %d (expected %d/%d/%d) | %d dead letters | %d s | peak heap bridge %d MB, ingest %d MB"
						.formatted(stream.messages().size(), stream.unique(), stream.duplicates(), chirpstack.retries(),
								stored.parking(), stored.link(), stored.device(), stream.unique(), stream.unique(),
								stream.heartbeats(), deadLettered, seconds, heap.peak(0) >> 20, heap.peak(1) >> 20));
			assertThat(stored).as(name).isEqualTo(Stored.Counts.expected(stream));
			assertThat(deadLetters.received()).as("dead letters").isEmpty();
		}
		finally {
			heap.stop();
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
