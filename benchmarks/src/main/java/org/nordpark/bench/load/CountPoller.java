package org.nordpark.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Polls a count (e.g. points queryable in InfluxDB) at a fixed interval on its own thread
 * and turns the observations into per-message latencies.
 */
final class CountPoller extends Thread {

	private record Observation(long nanos, long count) {
	}

	private final LongSupplier count;

	private final long intervalMillis;

	private final List<Observation> observations = new ArrayList<>();

	private volatile boolean running = true;

	CountPoller(LongSupplier count, long intervalMillis) {
		super("count-poller");
		this.count = count;
		this.intervalMillis = intervalMillis;
		setDaemon(true);
	}

	@Override
	public void run() {
		while (this.running) {
			long value = this.count.getAsLong();
			long now = System.nanoTime();
			synchronized (this) {
				this.observations.add(new Observation(now, value));
			}
			try {
				Thread.sleep(this.intervalMillis);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	void stopAndJoin() throws InterruptedException {
		// one last observation after everything arrived
		Thread.sleep(this.intervalMillis);
		this.running = false;
		join();
		synchronized (this) {
			this.observations.add(new Observation(System.nanoTime(), this.count.getAsLong()));
		}
	}

	/**
	 * Latency of message k = the first observation with at least k+1 new items minus its
	 * send time.
	 */
	synchronized long[] latencies(long[] sentNanos, long baseline) {
		long[] latencies = new long[sentNanos.length];
		int o = 0;
		for (int k = 0; k < sentNanos.length; k++) {
			while (o < this.observations.size() && this.observations.get(o).count() - baseline < k + 1) {
				o++;
			}
			if (o == this.observations.size()) {
				throw new IllegalStateException("message " + k + " was never observed");
			}
			latencies[k] = this.observations.get(o).nanos() - sentNanos[k];
		}
		return latencies;
	}

}
