package org.nordpark.ingest.influx;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A write request that remembers its outcome. */
public final class RecordingRequest implements WriteRequest {

	private final List<String> lines;

	private final long time;

	private final CountDownLatch done = new CountDownLatch(1);

	private volatile String outcome = "pending";

	RecordingRequest(String... lines) {
		this(System.currentTimeMillis() * 1_000_000L, lines);
	}

	public RecordingRequest(long time, String... lines) {
		this.time = time;
		this.lines = List.of(lines);
	}

	@Override
	public long time() {
		return this.time;
	}

	@Override
	public List<String> lines() {
		return this.lines;
	}

	@Override
	public void written() {
		this.outcome = "written";
		this.done.countDown();
	}

	@Override
	public void rejected(String reason) {
		this.outcome = "rejected: " + reason;
		this.done.countDown();
	}

	@Override
	public void dropped() {
		this.outcome = "dropped";
		this.done.countDown();
	}

	public String awaitOutcome() throws InterruptedException {
		if (!this.done.await(60, TimeUnit.SECONDS)) {
			throw new AssertionError("no outcome within 60 s for " + this.lines);
		}
		return this.outcome;
	}

}
