package org.nordpark.api.stream;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import static org.assertj.core.api.Assertions.assertThat;

class StreamClientTests {

	@Test
	void dropsTheOldestReadingsOfASlowClientAndTellsIt() throws Exception {
		RecordingEmitter emitter = new RecordingEmitter();
		StreamClient client = new StreamClient(emitter, new StreamFilter(null, null, null), 2);
		assertThat(client.offer(new StreamClient.Event("u1", "{\"n\":1}"))).isFalse();
		assertThat(client.offer(new StreamClient.Event("u2", "{\"n\":2}"))).isFalse();
		// full: u1 goes
		assertThat(client.offer(new StreamClient.Event("u3", "{\"n\":3}"))).isTrue();
		Thread sender = new Thread(() -> client.run(60_000));
		sender.start();
		emitter.awaitSends(3);
		client.close();
		sender.join(10_000);
		assertThat(emitter.sent()).containsExactly("event:dropped\ndata:{\"count\":1}\n\n",
				"id:u2\nevent:reading\ndata:{\"n\":2}\n\n", "id:u3\nevent:reading\ndata:{\"n\":3}\n\n");
	}

	@Test
	void sendsAHeartbeatCommentWhenQuiet() throws Exception {
		RecordingEmitter emitter = new RecordingEmitter();
		StreamClient client = new StreamClient(emitter, new StreamFilter(null, null, null), 2);
		Thread sender = new Thread(() -> client.run(10));
		sender.start();
		emitter.awaitSends(1);
		client.close();
		sender.join(10_000);
		assertThat(emitter.sent().get(0)).isEqualTo(":heartbeat\n\n");
	}

	@Test
	void stopsWhenTheClientIsGone() throws Exception {
		RecordingEmitter emitter = new RecordingEmitter();
		emitter.failing = true;
		StreamClient client = new StreamClient(emitter, new StreamFilter(null, null, null), 2);
		client.offer(new StreamClient.Event("u1", "{}"));
		Thread sender = new Thread(() -> client.run(60_000));
		sender.start();
		sender.join(10_000);
		assertThat(sender.isAlive()).isFalse();
		assertThat(client.isClosed()).isTrue();
	}

	/** Captures what would be written to the response, one string per send. */
	static final class RecordingEmitter extends SseEmitter {

		private final List<String> sent = new ArrayList<>();

		volatile boolean failing;

		@Override
		public void send(SseEventBuilder builder) throws IOException {
			if (this.failing) {
				throw new IOException("broken pipe");
			}
			Set<DataWithMediaType> parts = builder.build();
			String text = parts.stream().map((part) -> String.valueOf(part.getData())).collect(Collectors.joining());
			synchronized (this.sent) {
				this.sent.add(text);
				this.sent.notifyAll();
			}
		}

		List<String> sent() {
			synchronized (this.sent) {
				return List.copyOf(this.sent);
			}
		}

		void awaitSends(int count) throws InterruptedException {
			long deadline = System.nanoTime() + 10_000_000_000L;
			synchronized (this.sent) {
				while (this.sent.size() < count && System.nanoTime() < deadline) {
					this.sent.wait(100);
				}
			}
			assertThat(sent()).hasSizeGreaterThanOrEqualTo(count);
		}

	}

}
