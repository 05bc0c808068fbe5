package org.nordpark.mqtt;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The transport against a real mosquitto: flow control without shedding, acknowledgement
 * only on the connection a message came on, and publishes that survive a lost connection.
 */
class MqttTransportIT {

	private static final Duration WAIT = Duration.ofSeconds(60);

	private static MosquittoServer broker;

	private static final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();

	@BeforeAll
	static void start() {
		broker = MosquittoServer.builder().build();
		broker.start();
	}

	@AfterAll
	static void stop() {
		later.shutdownNow();
		if (broker != null) {
			broker.close();
		}
	}

	/**
	 * mosquitto 2.0.11 sends a returning client its whole backlog at once, whatever
	 * receive maximum the client announced. The consumer holds at most {@code max-held}
	 * and stops reading meanwhile: every message arrives exactly once, with no reconnect.
	 */
	@Test
	void holdsAtMostMaxHeldAndTakesEveryMessageOnceWhenTheBrokerSendsTheWholeBacklog() throws Exception {
		String prefix = broker.newTopicPrefix();
		MqttSettings settings = settings("backlog").withWindows(5, 20, 50);
		Set<String> received = ConcurrentHashMap.newKeySet();
		AtomicInteger mostHeld = new AtomicInteger();
		MqttConsumer[] consumer = new MqttConsumer[1];
		consumer[0] = new MqttConsumer(settings, prefix + "/#", true, MqttSockets.plain(), (delivery) -> {
			received.add(new String(delivery.payload(), StandardCharsets.UTF_8));
			mostHeld.accumulateAndGet(consumer[0].held(), Math::max);
			// acknowledged a little later, as a service does once the next stage has it
			later.schedule(delivery::acknowledge, 2, TimeUnit.MILLISECONDS);
		});
		MqttConsumer away = new MqttConsumer(settings, prefix + "/#", true, MqttSockets.plain(), (delivery) -> {
		});
		away.start();
		await().atMost(WAIT).until(away::isReady);
		away.stop(1000);
		int count = 500;
		try (MqttRecorder publisher = MqttRecorder.connect(broker.uri())) {
			for (int i = 0; i < count; i++) {
				publisher.publish(prefix + "/m", ("m" + i).getBytes(StandardCharsets.UTF_8));
			}
		}

		consumer[0].start();
		try {
			await().atMost(WAIT).until(() -> consumer[0].acknowledged() == count);
			assertThat(received).hasSize(count);
			assertThat(consumer[0].deliveries()).as("deliveries").isEqualTo(count);
			assertThat(consumer[0].duplicates()).isZero();
			assertThat(consumer[0].reconnects()).isZero();
			// more than the 5 announced (the broker overshoots), never more than max-held
			assertThat(mostHeld.get()).as("most messages held at once").isBetween(6, 20);
		}
		finally {
			consumer[0].stop(1000);
		}
	}

	@Test
	void acknowledgesOnlyOnTheConnectionAMessageCameOn() throws Exception {
		String prefix = broker.newTopicPrefix();
		List<Delivery> deliveries = new CopyOnWriteArrayList<>();
		MqttConsumer consumer = new MqttConsumer(settings("ack-scope"), prefix + "/#", true, MqttSockets.plain(),
				deliveries::add);
		consumer.start();
		try (MqttRecorder publisher = MqttRecorder.connect(broker.uri())) {
			await().atMost(WAIT).until(consumer::isReady);
			publisher.publish(prefix + "/one", "1".getBytes(StandardCharsets.UTF_8));
			await().atMost(WAIT).until(() -> deliveries.size() == 1);
			Delivery first = deliveries.get(0);

			// a graceful restart keeps the session and the unacknowledged message
			broker.restart();
			await().atMost(WAIT).until(() -> consumer.reconnects() == 1 && consumer.isReady());

			assertThat(first.isStale()).isTrue();
			assertThat(first.acknowledge()).as("acknowledgement on a closed connection").isFalse();
			await().atMost(WAIT).until(() -> deliveries.size() == 2);
			Delivery again = deliveries.get(1);
			assertThat(again.payload()).isEqualTo(first.payload());
			// mosquitto restores it from its persistence file as queued: no DUP flag
			assertThat(consumer.deliveries()).isEqualTo(2);
			assertThat(again.acknowledge()).isTrue();
			assertThat(consumer.held()).isZero();
		}
		finally {
			consumer.stop(1000);
		}
	}

	@Test
	void publishesWhatALostConnectionLeftUnacknowledgedOnTheNextOne() throws Exception {
		String prefix = broker.newTopicPrefix();
		Set<String> received = ConcurrentHashMap.newKeySet();
		MqttConsumer reader = new MqttConsumer(settings("republish-reader"), prefix + "/#", true, MqttSockets.plain(),
				(delivery) -> {
					received.add(new String(delivery.payload(), StandardCharsets.UTF_8));
					delivery.acknowledge();
				});
		MqttPublisher publisher = new MqttPublisher(settings("republish-writer"), "republish-writer",
				MqttSockets.plain());
		reader.start();
		publisher.start();
		try {
			await().atMost(WAIT).until(() -> reader.isReady() && publisher.isConnected());
			broker.stop();
			List<CompletableFuture<Void>> done = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				done.add(publisher.publish(prefix + "/p", ("p" + i).getBytes(StandardCharsets.UTF_8), 1, false));
			}
			assertThat(done).noneMatch(CompletableFuture::isDone);
			assertThat(publisher.pending()).isEqualTo(10);

			broker.start();

			CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
			await().atMost(WAIT).until(() -> received.size() == 10);
			assertThat(publisher.pending()).isZero();
			assertThat(publisher.acknowledged()).isEqualTo(10);
		}
		finally {
			publisher.stop(1000);
			reader.stop(1000);
		}
	}

	private static MqttSettings settings(String clientId) {
		MqttSettings defaults = MqttSettings.of(URI.create(broker.uri()), clientId + "-" + System.nanoTime());
		return new MqttSettings(defaults.brokerUri(), defaults.clientId(), null, null, null, defaults.keepAlive(),
				Duration.ofSeconds(5), Duration.ofSeconds(1), defaults.sessionExpiry(), defaults.receiveMaximum(),
				defaults.maxHeld(), defaults.maxOutgoing(), 1, null, Duration.ofSeconds(5));
	}

}
