package org.nordpark.bridge.mqtt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.bridge.BridgeProperties;
import org.nordpark.model.ReadingBatch;
import org.nordpark.mqtt.MqttPublisher;
import org.nordpark.mqtt.MqttSettings;
import org.nordpark.mqtt.MqttSockets;
import org.nordpark.testsupport.MosquittoExtension;
import org.nordpark.testsupport.MqttRecorder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The batcher against a real mosquitto: when batches go out and what their futures mean.
 */
@ExtendWith(MosquittoExtension.class)
class ReadingBatcherIT {

	private final String topic = MosquittoExtension.server().newTopicPrefix() + "/batches";

	private MqttRecorder recorder;

	private MqttPublisher publisher;

	@BeforeEach
	void connect() throws InterruptedException {
		String uri = MosquittoExtension.server().uri();
		this.recorder = MqttRecorder.connect(uri).subscribe(this.topic);
		this.publisher = new MqttPublisher(MqttSettings.of(java.net.URI.create(uri), "batcher-it"), "batcher-it-pub",
				MqttSockets.plain());
		this.publisher.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!this.publisher.isConnected() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}

	@AfterEach
	void close() {
		this.publisher.stop(5000);
		this.recorder.close();
	}

	@Test
	void sendsAFullBatchAtOnceAndCompletesEveryReadingWhenTheBrokerHasIt() throws Exception {
		// a linger no test waits for: only the size sends
		ReadingBatcher batcher = new ReadingBatcher(this.publisher, this.topic,
				new BridgeProperties.Batch(3, 262144, Duration.ofHours(1)));
		batcher.start();
		List<CompletableFuture<Void>> done = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			done.add(batcher.add(json(i)));
		}
		CompletableFuture.allOf(done.subList(0, 6).toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		assertThat(this.recorder.awaitCount(2)).extracting(MqttRecorder.Received::text)
			.containsExactly("{\"n\":0}\n{\"n\":1}\n{\"n\":2}", "{\"n\":3}\n{\"n\":4}\n{\"n\":5}");
		assertThat(done.get(6)).isNotDone();

		batcher.stop();
		done.get(6).get(30, TimeUnit.SECONDS);
		assertThat(this.recorder.awaitCount(3).get(2).text()).isEqualTo("{\"n\":6}");
	}

	@Test
	void sendsWhatLingeredAfterTheLinger() throws Exception {
		ReadingBatcher batcher = new ReadingBatcher(this.publisher, this.topic,
				new BridgeProperties.Batch(500, 262144, Duration.ofMillis(50)));
		batcher.start();
		try {
			CompletableFuture<Void> first = batcher.add(json(1));
			CompletableFuture<Void> second = batcher.add(json(2));
			CompletableFuture.allOf(first, second).get(30, TimeUnit.SECONDS);
			assertThat(ReadingBatch.lines(this.recorder.awaitCount(1).get(0).payload())).hasSize(2);
		}
		finally {
			batcher.stop();
		}
	}

	@Test
	void neverSendsMoreThanMaxBytesExceptOneLargeReadingAlone() throws Exception {
		ReadingBatcher batcher = new ReadingBatcher(this.publisher, this.topic,
				new BridgeProperties.Batch(500, 1024, Duration.ofHours(1)));
		batcher.start();
		byte[] small = ("{\"pad\":\"" + "x".repeat(400) + "\"}").getBytes(StandardCharsets.UTF_8);
		byte[] large = ("{\"pad\":\"" + "y".repeat(3000) + "\"}").getBytes(StandardCharsets.UTF_8);
		List<CompletableFuture<Void>> done = new ArrayList<>();
		done.add(batcher.add(small));
		done.add(batcher.add(small));
		done.add(batcher.add(large));
		batcher.stop();
		CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		List<MqttRecorder.Received> messages = this.recorder.awaitCount(2);
		assertThat(messages).extracting((message) -> message.lines().size()).containsExactly(2, 1);
		assertThat(messages.get(0).payload().length).isLessThanOrEqualTo(1024);
		assertThat(messages.get(1).payload()).isEqualTo(large);
	}

	private static byte[] json(int n) {
		return ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
	}

}
