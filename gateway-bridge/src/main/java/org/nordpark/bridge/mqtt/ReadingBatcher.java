package org.nordpark.bridge.mqtt;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.nordpark.bridge.BridgeProperties;
import org.nordpark.model.ReadingBatch;
import org.nordpark.mqtt.MqttPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers readings into messages on {@code nordpark/v1/batches/readings} (QoS 1): a batch
 * goes out when it is full or {@code linger} after its first reading, and every reading's
 * future completes when the broker acknowledged the batch that holds it. The events
 * behind the readings are acknowledged only then (design §6), so one acknowledgement of
 * the broker stands for hundreds of readings.
 * <p>
 * Thread-safe: the consuming connections' callback threads add, a timer thread of its own
 * sends what lingered. Sending blocks (the caller's thread) while {@code max-outgoing}
 * publishes await acknowledgement.
 */
final class ReadingBatcher {

	private static final Logger log = LoggerFactory.getLogger(ReadingBatcher.class);

	private final MqttPublisher publisher;

	private final String topic;

	private final int maxReadings;

	private final int maxBytes;

	private final long lingerNanos;

	private final ReentrantLock lock = new ReentrantLock();

	private @Nullable Pending pending;

	private @Nullable ScheduledExecutorService timer;

	ReadingBatcher(MqttPublisher publisher, String topic, BridgeProperties.Batch settings) {
		this.publisher = publisher;
		this.topic = topic;
		this.maxReadings = settings.maxReadings();
		this.maxBytes = settings.maxBytes();
		this.lingerNanos = settings.linger().toNanos();
	}

	void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "reading-batches");
			thread.setDaemon(true);
			return thread;
		});
		long period = Math.max(this.lingerNanos / 2, TimeUnit.MILLISECONDS.toNanos(1));
		executor.scheduleWithFixedDelay(this::sendLingering, period, period, TimeUnit.NANOSECONDS);
		this.timer = executor;
	}

	/** Stops the timer once nothing is added any more, sending what is left first. */
	void stop() {
		sendLingering(0);
		ScheduledExecutorService executor = this.timer;
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	/**
	 * Adds one reading's JSON.
	 * @return completes when the broker acknowledged the batch holding it; fails when the
	 * broker refused that batch
	 */
	CompletableFuture<Void> add(byte[] readingJson) throws InterruptedException {
		Pending previous = null;
		Pending full = null;
		CompletableFuture<Void> done;
		this.lock.lock();
		try {
			Pending batch = this.pending;
			if (batch != null && batch.readings.size() + readingJson.length + 1 > this.maxBytes) {
				previous = batch;
				batch = null;
			}
			if (batch == null) {
				batch = new Pending(System.nanoTime(), Math.min(this.maxBytes, 64 * 1024));
				this.pending = batch;
			}
			batch.readings.add(readingJson);
			done = batch.done;
			if (batch.readings.count() >= this.maxReadings || batch.readings.size() >= this.maxBytes) {
				this.pending = null;
				full = batch;
			}
		}
		finally {
			this.lock.unlock();
		}
		if (previous != null) {
			send(previous);
		}
		if (full != null) {
			send(full);
		}
		return done;
	}

	private void sendLingering() {
		try {
			sendLingering(this.lingerNanos);
		}
		catch (RuntimeException ex) {
			log.error("sending a batch of readings failed", ex);
		}
	}

	private void sendLingering(long minAgeNanos) {
		Pending due = null;
		this.lock.lock();
		try {
			Pending batch = this.pending;
			if (batch != null && System.nanoTime() - batch.startedNanos >= minAgeNanos) {
				this.pending = null;
				due = batch;
			}
		}
		finally {
			this.lock.unlock();
		}
		if (due != null) {
			try {
				send(due);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				due.done.completeExceptionally(ex);
			}
		}
	}

	private void send(Pending batch) throws InterruptedException {
		if (batch.readings.count() == 0) {
			// a reading that could not be added left its new batch empty
			batch.done.complete(null);
			return;
		}
		this.publisher.publish(this.topic, batch.readings.toByteArray(), 1, false).whenComplete((result, failure) -> {
			if (failure == null) {
				batch.done.complete(null);
			}
			else {
				batch.done.completeExceptionally(failure);
			}
		});
	}

	/** A batch being filled, and what completes when the broker has it. */
	private static final class Pending {

		final long startedNanos;

		final ReadingBatch readings;

		final CompletableFuture<Void> done = new CompletableFuture<>();

		Pending(long startedNanos, int expectedBytes) {
			this.startedNanos = startedNanos;
			this.readings = new ReadingBatch(expectedBytes);
		}

	}

}
