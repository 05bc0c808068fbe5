package org.nordpark.ingest.influx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Gathers the submitted readings into batches: a batch is closed at {@code batch-size}
 * points, {@code batch-max-age} after its first reading, or at once while the writer
 * flushes. Runs on the writer's batcher thread until the writer stops.
 */
final class BatchAssembler {

	/**
	 * How long one wait for the next reading lasts, so a flush need not wait for the age.
	 */
	private static final long POLL_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

	/** Takes a closed batch; may wait for a free write slot. */
	@FunctionalInterface
	interface Dispatch {

		void send(List<WriteRequest> batch) throws InterruptedException;

	}

	private final BlockingQueue<WriteRequest> queue;

	private final int batchSize;

	private final long maxAgeNanos;

	private final BooleanSupplier running;

	private final BooleanSupplier flushing;

	BatchAssembler(BlockingQueue<WriteRequest> queue, InfluxProperties properties, BooleanSupplier running,
			BooleanSupplier flushing) {
		this.queue = queue;
		this.batchSize = properties.batchSize();
		this.maxAgeNanos = properties.batchMaxAge().toNanos();
		this.running = running;
		this.flushing = flushing;
	}

	void run(Dispatch dispatch) {
		try {
			while (this.running.getAsBoolean()) {
				WriteRequest first = this.queue.poll(100, TimeUnit.MILLISECONDS);
				if (first != null) {
					dispatch.send(gather(first));
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private List<WriteRequest> gather(WriteRequest first) throws InterruptedException {
		List<WriteRequest> batch = new ArrayList<>();
		batch.add(first);
		int points = first.lines().size();
		long deadline = System.nanoTime() + this.maxAgeNanos;
		while (points < this.batchSize) {
			WriteRequest next;
			long wait = deadline - System.nanoTime();
			if (this.flushing.getAsBoolean()) {
				next = this.queue.poll();
			}
			else if (wait <= 0) {
				break;
			}
			else {
				next = this.queue.poll(Math.min(wait, POLL_SLICE_NANOS), TimeUnit.NANOSECONDS);
				if (next == null && !this.flushing.getAsBoolean() && System.nanoTime() < deadline) {
					continue;
				}
			}
			if (next == null) {
				break;
			}
			batch.add(next);
			points += next.lines().size();
		}
		return batch;
	}

}
