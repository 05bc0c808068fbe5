package org.nordpark.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.nordpark.testsupport.AppProcess;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mosquitto killed with SIGKILL mid-stream, on the shipped persistence settings
 * ({@code autosave_interval 30}), and started again 2 s later. Mosquitto acknowledges a
 * QoS 1 message from memory and restores only its last save, so a crash loses what only
 * the broker held since then; nothing that bridge or ingest held may be lost.
 * <p>
 * Every uplink that is not stored is put where it was lost, from the services' DEBUG
 * lines of each uplink id: received by ingest (ingest lost it), processed by the bridge
 * and its reading not acknowledged by the broker (the bridge lost it), or only ever held
 * by the broker, as an uplink the bridge never got or as a reading the broker had
 * acknowledged and ingest never got. The first two must be empty; the last is measured
 * and reported, and must consist of uplinks the broker acknowledged after its last save.
 * {@code -Dnordpark.crash.autosave-interval=…} and
 * {@code -Dnordpark.crash.autosave-on-changes=true} measure other settings.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokerCrashIT {

	static final int UNIQUE = Integer.getInteger("nordpark.crash.uplinks", 6000);

	static final int RATE = Integer.getInteger("nordpark.crash.rate", 600);

	/** The shipped configs' value. */
	static final int AUTOSAVE_INTERVAL = Integer.getInteger("nordpark.crash.autosave-interval", 30);

	static final boolean AUTOSAVE_ON_CHANGES = Boolean.getBoolean("nordpark.crash.autosave-on-changes");

	private static final String DATABASE = "nordpark_crash";

	/** Plain subscriptions: mosquitto 2.0 does not restore shared ones from its save. */
	private static final Map<String, String> BRIDGE = Map.of("nordpark.mqtt.shared-group", "",
			"logging.level.org.nordpark.bridge.mqtt.EventProcessor", "DEBUG");

	private static final Map<String, String> INGEST = Map.of("nordpark.mqtt.shared-group", "",
			"logging.level.org.nordpark.ingest.mqtt.ReadingSubscriber", "DEBUG");

	private static final Pattern PROCESSED = Pattern.compile("publishing reading \\[.*uplinkId: ([0-9a-f-]{36})\\]");

	private static final Pattern ACKNOWLEDGED = Pattern
		.compile("reading acknowledged by the broker \\[uplinkId: ([0-9a-f-]{36})\\]");

	private static final Pattern RECEIVED = Pattern.compile("reading received \\[uplinkId: ([0-9a-f-]{36})\\]");

	/** Counts stay the same this long: the stream is stored as far as it will be. */
	private static final Duration SETTLED = Duration.ofSeconds(8);

	private static MosquittoServer broker;

	private static InfluxServer influx;

	private static AppProcess bridge;

	private static AppProcess ingest;

	@BeforeAll
	static void start() {
		MosquittoServer.Builder builder = MosquittoServer.builder().config("autosave_interval " + AUTOSAVE_INTERVAL);
		if (AUTOSAVE_ON_CHANGES) {
			builder.config("autosave_on_changes true");
		}
		broker = builder.build();
		broker.start();
		influx = InfluxServer.startOpen();
		bridge = Services.bridge(broker.uri(), "crash-bridge", BRIDGE);
		ingest = Services.ingest(broker.uri(), "crash-ingest", influx.url(), DATABASE, INGEST);
		CompletableFuture<Void> starting = CompletableFuture.runAsync(bridge::start);
		ingest.start();
		starting.join();
		Services.awaitMqttUp(bridge);
		Services.awaitMqttUp(ingest);
		// a graceful restart saves both persistent sessions, as any long-running broker
		// has them in its save
		broker.restart();
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
	void losesNothingBridgeOrIngestHeldWhenMosquittoIsKilledMidStream() {
		scenario("Mosquitto SIGKILL mid-stream", 11, false);
	}

	@Test
	@Order(2)
	void losesNothingBridgeOrIngestHeldWhenMosquittoIsKilledUnderABacklog() {
		scenario("Mosquitto SIGKILL under a backlog (InfluxDB down from ¼ of the stream until 3 s after the restart)",
				12, true);
	}

	private void scenario(String name, int window, boolean backlog) {
		Uplinks.Stream stream = Uplinks.stream(name, FaultInjectionIT.windowStart(window), UNIQUE);
		int size = stream.messages().size();
		long started = System.nanoTime();
		Instant lastSave;
		Instant killed;
		int heldByIngest;
		int heldByBridge;
		Map<String, Instant> acknowledgedAt;
		int retries;
		try (ChirpStackPublisher chirpstack = new ChirpStackPublisher(broker.uri())) {
			CompletableFuture<Void> publishing = chirpstack.publishAllAsync(stream.messages(), RATE);
			if (backlog) {
				Services.await(() -> chirpstack.published() >= size / 4, Duration.ofSeconds(60),
						() -> "a quarter of the stream to be published");
				influx.stop();
			}
			Services.await(() -> chirpstack.published() >= size * (backlog ? 2 : 1) / 3, Duration.ofSeconds(60),
					() -> "the stream to reach the kill");
			heldByIngest = (int) Services.metric(ingest, "nordpark.ingest.inflight");
			heldByBridge = (int) Services.json(bridge, "/actuator/health")
				.at("/components/mqtt/details/inFlight")
				.asLong(-1);
			lastSave = lastSave();
			killed = Instant.now();
			broker.kill();
			Services.sleep(2000);
			broker.start();
			if (backlog) {
				Services.sleep(3000);
				influx.start();
			}
			publishing.orTimeout(3, TimeUnit.MINUTES).join();
			acknowledgedAt = Map.copyOf(chirpstack.acknowledgedAt());
			retries = chirpstack.retries();
		}
		awaitSettled(stream);
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

		Set<String> all = stream.messages()
			.stream()
			.map(Uplinks.Message::uplinkId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> stored = storedUplinkIds(stream);
		Set<String> lost = new LinkedHashSet<>(all);
		lost.removeAll(stored);
		Set<String> processed = idsInLog(bridge, PROCESSED);
		Set<String> acknowledged = idsInLog(bridge, ACKNOWLEDGED);
		Set<String> received = idsInLog(ingest, RECEIVED);
		Set<String> lostByIngest = only(lost, received::contains);
		Set<String> lostByBridge = only(lost, (id) -> processed.contains(id) && !acknowledged.contains(id));
		Set<String> uplinksOnlyInBroker = only(lost, (id) -> !processed.contains(id));
		Set<String> readingsOnlyInBroker = only(lost, (id) -> acknowledged.contains(id) && !received.contains(id));
		Set<String> acknowledgedBeforeSave = only(uplinksOnlyInBroker,
				(id) -> acknowledgedAt.get(id).isBefore(lastSave.minusSeconds(1)));
		long sinceSave = acknowledgedAt.values()
			.stream()
			.filter((at) -> at.isAfter(lastSave) && at.isBefore(killed))
			.count();
		Stored.Counts counts = Stored.counts(influx, DATABASE, stream);
		long lostHeartbeats = heartbeatsAmong(stream, lost);

		Report.line(name, ("autosave_interval %d%s | %d sent (%d unique, %d duplicates, %d publish retries) | "
				+ "stored %d of %d unique (parking %d, link %d, device %d of %d) | at the kill: ingest held %d, "
				+ "bridge %d; the broker's last save %.1f s before, %d uplinks acknowledged since | lost: %d held by "
				+ "ingest, %d held by bridge, %d only in the broker (%d uplinks the bridge never got, %d readings "
				+ "ingest never got) | %d s")
			.formatted(AUTOSAVE_INTERVAL, AUTOSAVE_ON_CHANGES ? " + autosave_on_changes" : "", size, stream.unique(),
					stream.duplicates(), retries, stored.size(), stream.unique(), counts.parking(), counts.link(),
					counts.device(), stream.heartbeats(), heldByIngest, heldByBridge,
					Duration.between(lastSave, killed).toMillis() / 1000.0, sinceSave, lostByIngest.size(),
					lostByBridge.size(), uplinksOnlyInBroker.size() + readingsOnlyInBroker.size(),
					uplinksOnlyInBroker.size(), readingsOnlyInBroker.size(), seconds));

		assertThat(lostByIngest).as("lost although ingest had received them").isEmpty();
		assertThat(lostByBridge).as("lost although the bridge had processed them").isEmpty();
		assertThat(lost).as("every lost uplink was held by the broker only")
			.hasSize(uplinksOnlyInBroker.size() + readingsOnlyInBroker.size());
		assertThat(acknowledgedBeforeSave).as("lost uplinks that the broker had acknowledged before its last save")
			.isEmpty();
		// one point per stored uplink and measurement: nothing duplicated, nothing extra
		assertThat(counts)
			.isEqualTo(new Stored.Counts(stored.size(), stored.size(), stream.heartbeats() - lostHeartbeats));
		assertThat(ProcessHandle.of(bridge.pid()).map(ProcessHandle::isAlive)).contains(true);
		assertThat(ProcessHandle.of(ingest.pid()).map(ProcessHandle::isAlive)).contains(true);
	}

	/** Waits until all is stored or the counts stop changing. */
	private static void awaitSettled(Uplinks.Stream stream) {
		Stored.Counts expected = Stored.Counts.expected(stream);
		Stored.Counts last = null;
		long unchangedSince = System.nanoTime();
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			Stored.Counts now = Stored.counts(influx, DATABASE, stream);
			if (now.equals(expected)) {
				break;
			}
			if (!now.equals(last)) {
				last = now;
				unchangedSince = System.nanoTime();
			}
			else if (System.nanoTime() - unchangedSince > SETTLED.toNanos()
					&& Services.metric(ingest, "nordpark.ingest.inflight") == 0) {
				break;
			}
			Services.sleep(500);
		}
		Services.sleep(1500);
	}

	/** The uplinks with a {@code link} point: each uplink has its own second. */
	private static Set<String> storedUplinkIds(Uplinks.Stream stream) {
		List<String> ids = stream.messages().stream().map(Uplinks.Message::uplinkId).distinct().toList();
		Set<String> stored = new LinkedHashSet<>();
		String query = "SELECT \"f_cnt\" FROM \"link\" WHERE time >= '" + stream.from() + "' AND time < '"
				+ stream.until() + "'";
		influx.rows(DATABASE, query).forEach((row) -> {
			long second = Duration.between(stream.from(), Instant.parse(row.get(0).asString())).toSeconds();
			assertThat(second).as("a point of the stream's own uplinks").isBetween(0L, (long) ids.size() - 1);
			stored.add(ids.get((int) second));
		});
		return stored;
	}

	/** Heartbeats (every fifth unique uplink) among the given ones. */
	private static long heartbeatsAmong(Uplinks.Stream stream, Set<String> ids) {
		List<String> unique = stream.messages().stream().map(Uplinks.Message::uplinkId).distinct().toList();
		long count = 0;
		for (int i = 0; i < unique.size(); i += 5) {
			if (ids.contains(unique.get(i))) {
				count++;
			}
		}
		return count;
	}

	private static Set<String> idsInLog(AppProcess app, Pattern pattern) {
		try {
			Set<String> ids = new java.util.HashSet<>();
			for (String line : Files.readAllLines(app.logFile())) {
				Matcher matcher = pattern.matcher(line);
				if (matcher.find()) {
					ids.add(matcher.group(1));
				}
			}
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> only(Set<String> ids, java.util.function.Predicate<String> condition) {
		return ids.stream().filter(condition).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/** When mosquitto last wrote its persistence file. */
	private static Instant lastSave() {
		try {
			return Files.getLastModifiedTime(broker.directory().resolve("data").resolve("mosquitto.db")).toInstant();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no save of mosquitto yet", ex);
		}
	}

}
