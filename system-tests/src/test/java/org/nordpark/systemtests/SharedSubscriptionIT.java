package org.nordpark.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.AppProcess;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two bridges and two ingests split the stream on MQTT v5 shared subscriptions
 * ({@code $share/nordpark-bridge/…}, {@code $share/nordpark-ingest/…}); one of each is
 * SIGKILLed mid-stream. The survivors carry on with the stream; what the killed ones held
 * unacknowledged stays in their persistent sessions (Mosquitto does not hand it to the
 * peer while the session lives) and arrives when they come back under the same client id.
 * In the end every unique uplink is stored exactly once.
 */
class SharedSubscriptionIT {

	private static final String DATABASE = "nordpark_shared";

	private static MosquittoServer broker;

	private static InfluxServer influx;

	private static final List<AppProcess> apps = new ArrayList<>();

	@BeforeAll
	static void start() {
		broker = MosquittoServer.builder().build();
		broker.start();
		influx = InfluxServer.startOpen();
	}

	@AfterAll
	static void stop() {
		apps.forEach(AppProcess::stop);
		if (influx != null) {
			influx.close();
		}
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void storesEveryUplinkOnceWhenOneOfTwoBridgesAndOneOfTwoIngestsAreKilledMidStream() {
		AppProcess bridge1 = app(Services.bridge(broker.uri(), "shared-bridge-1", Map.of()));
		AppProcess bridge2 = app(Services.bridge(broker.uri(), "shared-bridge-2", Map.of()));
		AppProcess ingest1 = app(Services.ingest(broker.uri(), "shared-ingest-1", influx.url(), DATABASE, Map.of()));
		AppProcess ingest2 = app(Services.ingest(broker.uri(), "shared-ingest-2", influx.url(), DATABASE, Map.of()));
		CompletableFuture
			.allOf(CompletableFuture.runAsync(bridge1::start), CompletableFuture.runAsync(bridge2::start),
					CompletableFuture.runAsync(ingest1::start), CompletableFuture.runAsync(ingest2::start))
			.join();
		apps.forEach(Services::awaitMqttUp);
		Uplinks.Stream stream = Uplinks.stream("shared", FaultInjectionIT.windowStart(1), FaultInjectionIT.UNIQUE);
		try (MqttRecorder deadLetters = MqttRecorder.connect(broker.uri());
				ChirpStackPublisher chirpstack = new ChirpStackPublisher(broker.uri())) {
			deadLetters.subscribe(Topics.DEAD_LETTERS_ALL);
			CompletableFuture<Void> publishing = chirpstack.publishAllAsync(stream.messages(), FaultInjectionIT.RATE);
			Services.await(() -> chirpstack.published() >= stream.messages().size() / 3, Duration.ofSeconds(60),
					() -> "a third of the stream");
			bridge1.kill();
			ingest1.kill();
			long atKill = Stored.counts(influx, DATABASE, stream).parking();
			publishing.orTimeout(3, TimeUnit.MINUTES).join();
			// the survivors alone: wait until they stop making progress
			long[] last = { -1 };
			Services.await(() -> {
				long now = Stored.counts(influx, DATABASE, stream).parking();
				boolean settled = now == last[0];
				last[0] = now;
				if (!settled) {
					Services.sleep(2000);
				}
				return settled;
			}, Duration.ofSeconds(120), () -> "the survivors to settle");
			long bySurvivors = last[0];
			bridge1.start();
			ingest1.start();
			Stored.Counts stored = Stored.awaitExactly(influx, DATABASE, stream, Duration.ofSeconds(120));
			Report.line("2 bridges + 2 ingests, one of each SIGKILLed",
					("%d sent (%d unique, %d duplicates) | stored when killed: %d, by the survivors alone: %d; after the killed two "
							+ "came back: parking %d, link %d, device %d (expected %d/%d/%d) | %d dead letters")
						.formatted(stream.messages().size(), stream.unique(), stream.duplicates(), atKill, bySurvivors,
								stored.parking(), stored.link(), stored.device(), stream.unique(), stream.unique(),
								stream.heartbeats(), deadLetters.received().size()));
			assertThat(bySurvivors).as("the survivors carried on after the kill").isGreaterThan(atKill);
			assertThat(stored).isEqualTo(Stored.Counts.expected(stream));
			assertThat(deadLetters.received()).isEmpty();
		}
	}

	private static AppProcess app(AppProcess app) {
		apps.add(app);
		return app;
	}

}
