package org.nordpark.api.stream;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One live-stream client: a bounded buffer filled by the MQTT thread (never blocking it)
 * and drained by the client's own sender loop, so a slow client only delays itself. When
 * the buffer is full the oldest reading is dropped and counted; the client hears of it in
 * a {@code dropped} event before the next reading.
 */
final class StreamClient {

	private static final Logger log = LoggerFactory.getLogger(StreamClient.class);

	private final SseEmitter emitter;

	private final StreamFilter filter;

	private final int capacity;

	private final Deque<Event> buffer;

	private long dropped;

	private volatile boolean closed;

	StreamClient(SseEmitter emitter, StreamFilter filter, int capacity) {
		this.emitter = emitter;
		this.filter = filter;
		this.capacity = capacity;
		this.buffer = new ArrayDeque<>(Math.min(capacity, 64));
	}

	StreamFilter filter() {
		return this.filter;
	}

	/** Queues an event; drops the oldest when full. Returns whether one was dropped. */
	boolean offer(Event event) {
		synchronized (this.buffer) {
			boolean drop = this.buffer.size() >= this.capacity;
			if (drop) {
				this.buffer.pollFirst();
				this.dropped++;
			}
			this.buffer.addLast(event);
			this.buffer.notifyAll();
			return drop;
		}
	}

	void close() {
		this.closed = true;
		synchronized (this.buffer) {
			this.buffer.notifyAll();
		}
	}

	boolean isClosed() {
		return this.closed;
	}

	/**
	 * Sends until the client goes away or the stream is closed: buffered readings as they
	 * come, a heartbeat comment after {@code heartbeatMillis} of quiet.
	 */
	void run(long heartbeatMillis) {
		try {
			while (!this.closed) {
				Event event;
				long droppedNow;
				synchronized (this.buffer) {
					if (this.buffer.isEmpty()) {
						this.buffer.wait(heartbeatMillis);
					}
					event = this.buffer.pollFirst();
					droppedNow = this.dropped;
					this.dropped = 0;
				}
				if (this.closed) {
					break;
				}
				if (droppedNow > 0) {
					this.emitter.send(SseEmitter.event().name("dropped").data("{\"count\":" + droppedNow + "}"));
				}
				if (event != null) {
					this.emitter.send(SseEmitter.event().id(event.id()).name("reading").data(event.json()));
				}
				else if (droppedNow == 0) {
					this.emitter.send(SseEmitter.event().comment("heartbeat"));
				}
			}
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("live stream client gone [reason: {}]", ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.closed = true;
			try {
				this.emitter.complete();
			}
			catch (RuntimeException ex) {
				// already completed
			}
		}
	}

	/**
	 * One reading ready to send.
	 *
	 * @param id the uplink id, sent as the event id
	 * @param json the reading as JSON, one line
	 */
	record Event(@Nullable String id, String json) {

	}

}
