package org.nordpark.ingest.influx;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.influxdb.InfluxDB;
import org.jspecify.annotations.Nullable;
import org.nordpark.ingest.system.IngestMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Collects readings' points into batches bounded by size and age and writes them to
 * InfluxDB, a few requests in parallel. A batch's readings learn their outcome only after
 * InfluxDB answered: written, or rejected one by one (a refused batch is split in halves
 * until the bad reading is alone, so one bad point never fails its batch). Outages and
 * server errors are retried with exponential backoff and jitter for as long as it takes;
 * meanwhile at most {@code max-in-flight} readings are held and {@link #submit} waits.
 */
public final class BatchWriter implements SmartLifecycle {

	/** Starts before and stops after the MQTT subscriber. */
	public static final int PHASE = 1000;

	private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

	private static final long BLOCKED_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(30);

	private final InfluxDB influx;

	private final InfluxProperties properties;

	private final DatabaseSetup setup;

	private final LateRollups lateRollups;

	private final IngestMetrics metrics;

	private final WriterStatus status = new WriterStatus();

	private final BatchSender sender;

	private final Backoff backoff;

	private final LinkedBlockingQueue<WriteRequest> queue = new LinkedBlockingQueue<>();

	private final Semaphore permits;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger writing = new AtomicInteger();

	private final AtomicLong lastBlockedLog = new AtomicLong(System.nanoTime() - BLOCKED_LOG_INTERVAL_NANOS);

	private final Semaphore writeSlots;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private volatile boolean flushing;

	private volatile boolean running;

	private ExecutorService writers;

	private Thread assembler;

	private Thread setupRetrier;

	BatchWriter(InfluxDB influx, InfluxProperties properties, DatabaseSetup setup, IngestMetrics metrics) {
		this.influx = influx;
		this.properties = properties;
		this.setup = setup;
		this.metrics = metrics;
		this.lateRollups = new LateRollups(influx, properties, setup.rollups());
		this.backoff = new Backoff(properties.retryMinBackoff(), properties.retryMaxBackoff());
		this.permits = new Semaphore(properties.maxInFlight());
		this.writeSlots = new Semaphore(properties.writeConcurrency());
		this.sender = new BatchSender(influx, properties, setup, this.lateRollups, metrics, this.status, this.backoff,
				this::sleep, this::finish);
		metrics.gauge("nordpark.ingest.inflight", "Readings received and not yet written or dead-lettered",
				this.inFlight::get);
		metrics.gauge("nordpark.ingest.queued", "Readings waiting for a batch", this.queue::size);
	}

	/**
	 * Hands over one reading's points; waits while {@code max-in-flight} readings are
	 * pending.
	 */
	public void submit(WriteRequest request) throws InterruptedException {
		if (!this.permits.tryAcquire()) {
			long now = System.nanoTime();
			long last = this.lastBlockedLog.get();
			if (now - last >= BLOCKED_LOG_INTERVAL_NANOS && this.lastBlockedLog.compareAndSet(last, now)) {
				log.warn(
						"readings wait for InfluxDB writes, raise nordpark.influx.max-in-flight if InfluxDB is"
								+ " healthy [max in flight: {}, in flight: {}, queued: {}, writing: {}, retrying: {}]",
						this.properties.maxInFlight(), this.inFlight.get(), this.queue.size(), this.writing.get(),
						this.status.isRetrying());
			}
			this.permits.acquire();
		}
		this.inFlight.incrementAndGet();
		this.queue.add(request);
	}

	/**
	 * Closes open batches at once and waits until every pending reading has its outcome.
	 * @return whether all were done within the timeout
	 */
	public boolean flush(Duration timeout) throws InterruptedException {
		this.flushing = true;
		try {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (this.inFlight.get() > 0) {
				if (System.nanoTime() >= deadline) {
					return false;
				}
				Thread.sleep(10);
			}
			return true;
		}
		finally {
			this.flushing = false;
		}
	}

	/** Readings received and not yet written or dead-lettered. */
	public int inFlight() {
		return this.inFlight.get();
	}

	int queued() {
		return this.queue.size();
	}

	int writing() {
		return this.writing.get();
	}

	WriterStatus status() {
		return this.status;
	}

	/**
	 * Tells {@code listener} the time (epoch nanoseconds) of every point written too late
	 * for the continuous queries (older than {@link #lateBefore()}); only while the
	 * set-up is on, as the late rollups.
	 */
	public void whenLate(LongConsumer listener) {
		this.lateRollups.whenLate(listener);
	}

	/** The time before which a point counts as late, in epoch nanoseconds. */
	public long lateBefore() {
		return this.lateRollups.lateBefore();
	}

	/**
	 * Notes a point written beside this writer (a derived series) at {@code timeNanos} as
	 * late, so its hour is rolled up again.
	 */
	public void noteLate(long timeNanos) {
		if (this.properties.setup()) {
			this.lateRollups.noteLate(timeNanos);
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.writers = Executors.newFixedThreadPool(this.properties.writeConcurrency(), threads("influx-writer"));
		this.assembler = threads("influx-batcher").newThread(this::assemble);
		this.assembler.start();
		this.setupRetrier = threads("influx-setup").newThread(new DatabaseUpkeep(this.properties, this.setup,
				this.lateRollups, this.backoff, this::sleep, () -> this.running));
		this.setupRetrier.start();
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.stopped.countDown();
		this.assembler.interrupt();
		this.setupRetrier.interrupt();
		this.writers.shutdown();
		try {
			if (!this.writers.awaitTermination(this.properties.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
				this.writers.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		WriteRequest left;
		while ((left = this.queue.poll()) != null) {
			finish(left, BatchSender.Outcome.DROPPED, null);
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void assemble() {
		new BatchAssembler(this.queue, this.properties, () -> this.running, () -> this.flushing).run(this::dispatch);
	}

	/**
	 * Hands a closed batch to a writer thread once one of {@code write-concurrency} is
	 * free.
	 */
	private void dispatch(List<WriteRequest> batch) throws InterruptedException {
		this.writeSlots.acquire();
		this.writing.incrementAndGet();
		this.writers.execute(() -> {
			try {
				this.sender.write(batch);
			}
			finally {
				this.writing.decrementAndGet();
				this.writeSlots.release();
			}
		});
	}

	/**
	 * Reports the outcome; the reading stops counting as in flight first, so whoever sees
	 * the outcome sees the count without it.
	 */
	void finish(WriteRequest request, BatchSender.Outcome outcome, @Nullable String reason) {
		this.inFlight.decrementAndGet();
		this.permits.release();
		try {
			switch (outcome) {
				case WRITTEN -> request.written();
				case REJECTED -> request.rejected(reason);
				case DROPPED -> request.dropped();
			}
		}
		catch (RuntimeException ex) {
			log.warn("completing a reading failed [outcome: {}, error: {}]", outcome, ex.toString());
		}
	}

	/** Sleeps unless stopped; returns whether the writer was stopped. */
	boolean sleep(Duration delay) {
		try {
			return this.stopped.await(delay.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

	private static ThreadFactory threads(String name) {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
