package org.nordpark.api.stream;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import org.nordpark.model.LinkQuality;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Observation;
import org.nordpark.model.Reading;
import org.nordpark.model.ReadingBatch;
import org.nordpark.model.SensorKind;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.MosquittoExtension;
import org.nordpark.testsupport.MqttRecorder;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class StreamIT extends ApiIntegrationTest {

	@Autowired
	private ReadingHub hub;

	@Test
	void streamsAReadingPublishedToMqttAsAnEvent() throws Exception {
		StreamLines stream = StreamLines.open(this.port, "?kind=parking&zone=P1");
		assertThat(stream.status()).isEqualTo(200);
		assertThat(stream.header("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/event-stream"));
		assertThat(stream.next()).isEqualTo("retry:3000");
		assertThat(stream.next()).isEqualTo(":connected");
		Reading traffic = reading("uplink-traffic-1", TestData.COUNTER, SensorKind.TRAFFIC, "park",
				Map.of("count", 3.0));
		Reading bay = reading("uplink-bay-1", TestData.BAY_A, SensorKind.PARKING, "P1", Map.of("occupied", 1.0));
		try (MqttRecorder mqtt = MqttRecorder.connect(MosquittoExtension.server().uri())) {
			// one batch: a reading filtered out by kind, a line that is not a reading
			// (ignored, the stream goes on), the reading the client wants
			ReadingBatch batch = new ReadingBatch(1024);
			batch.add(ModelJson.write(traffic));
			batch.add("{not json".getBytes());
			batch.add(ModelJson.write(bay));
			mqtt.publish(Topics.READING_BATCHES, batch.toByteArray());
		}
		List<String> event = stream.nextEvent();
		assertThat(event).containsExactly("id:uplink-bay-1", "event:reading", event.get(2));
		assertThat(event.get(2)).startsWith("data:");
		JsonNode data = JSON.readTree(event.get(2).substring("data:".length()));
		assertThat(data.path("uplinkId").asString()).isEqualTo("uplink-bay-1");
		assertThat(data.path("sensorId").asString()).isEqualTo(TestData.BAY_A);
		assertThat(data.path("kind").asString()).isEqualTo("parking");
		assertThat(data.path("zone").asString()).isEqualTo("P1");
		assertThat(data.path("time").asString()).isEqualTo("2025-03-12T17:59:00Z");
		assertThat(data.path("observations").get(0).path("values").path("occupied").asInt()).isEqualTo(1);
		assertThat(data.path("link").path("fCnt").asLong()).isEqualTo(15);
		assertThat(ModelJson.readReading(event.get(2).substring("data:".length()).getBytes())).isEqualTo(bay);
		stream.close();
	}

	/**
	 * A graceful shutdown waits for requests in progress, and a stream is in progress
	 * until its timeout: the hub stops first and ends every stream, and a client that
	 * comes during the shutdown is told to come back after the retry time.
	 */
	@Test
	void endsOpenStreamsWhenStoppedForShutdown() throws Exception {
		StreamLines open = StreamLines.open(this.port);
		assertThat(open.next()).isEqualTo("retry:3000");
		assertThat(open.next()).isEqualTo(":connected");
		try {
			this.hub.stop();
			// the blank line closing the "connected" event, then the end
			assertThat(open.remaining()).containsExactly("");
			StreamLines during = StreamLines.open(this.port);
			assertThat(during.status()).isEqualTo(200);
			assertThat(during.remaining()).containsExactly("retry:3000", ":connected", "");
		}
		finally {
			this.hub.start();
		}
		StreamLines after = StreamLines.open(this.port);
		assertThat(after.next()).isEqualTo("retry:3000");
		assertThat(after.next()).isEqualTo(":connected");
		assertThat(this.hub.clientCount()).isEqualTo(1);
		after.close();
	}

	private static Reading reading(String uplinkId, String sensorId, SensorKind kind, String zone,
			Map<String, Double> values) {
		return new Reading(uplinkId, sensorId, "name", "model", kind, zone, Instant.parse("2025-03-12T17:59:00Z"),
				List.of(Observation.of(values)), new LinkQuality(-90, 7.5, 1, 9, 15L));
	}

	/** An open event stream, read line by line on a thread of its own. */
	private static final class StreamLines implements AutoCloseable {

		private static final String END = "\u0000end";

		private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(1000);

		private final HttpResponse<Stream<String>> response;

		private StreamLines(HttpResponse<Stream<String>> response) {
			this.response = response;
			Thread reader = new Thread(() -> {
				try {
					response.body().forEach(this.lines::add);
				}
				catch (UncheckedIOException ex) {
					// the server ended the response while the JDK client was between two
					// reads
					// ("closed"): the stream ended there, and the lines read so far are
					// all of it
				}
				finally {
					this.lines.add(END);
				}
			});
			reader.setDaemon(true);
			reader.start();
		}

		static StreamLines open(int port) throws Exception {
			return open(port, "");
		}

		static StreamLines open(int port, String query) throws Exception {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/stream" + query))
				.header("Accept", "text/event-stream")
				.build();
			return new StreamLines(
					http().sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(20, TimeUnit.SECONDS));
		}

		int status() {
			return this.response.statusCode();
		}

		java.util.Optional<String> header(String name) {
			return this.response.headers().firstValue(name);
		}

		String next() throws InterruptedException {
			String line = this.lines.poll(20, TimeUnit.SECONDS);
			assertThat(line).as("next line of the event stream").isNotNull().isNotEqualTo(END);
			return line;
		}

		/** The lines of the next event (up to the blank line), skipping comments. */
		List<String> nextEvent() throws InterruptedException {
			List<String> event = new java.util.ArrayList<>();
			while (true) {
				String line = next();
				if (line.isEmpty()) {
					if (!event.isEmpty()) {
						return event;
					}
				}
				else if (!line.startsWith(":")) {
					event.add(line);
				}
			}
		}

		/**
		 * Every line up to the end of the stream, comments and heartbeats included; fails
		 * if the stream has not ended within 20 s (heartbeats would keep it going).
		 */
		List<String> remaining() throws InterruptedException {
			List<String> rest = new java.util.ArrayList<>();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (true) {
				String line = this.lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				assertThat(line).as("end of the stream; so far: %s", rest).isNotNull();
				if (END.equals(line)) {
					return rest;
				}
				rest.add(line);
			}
		}

		@Override
		public void close() {
			this.response.body().close();
		}

	}

}
