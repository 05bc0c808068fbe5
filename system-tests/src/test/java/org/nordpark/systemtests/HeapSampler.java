package org.nordpark.systemtests;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.nordpark.testsupport.AppProcess;

/**
 * Samples the heap in use of service JVMs (actuator {@code jvm.memory.used}, area heap)
 * and the readings ingest holds in flight, every 200 ms, keeping the peaks.
 */
final class HeapSampler {

	private final AppProcess[] apps;

	private final AtomicLongArray peaks;

	private final AtomicLong peakInFlight = new AtomicLong();

	private volatile boolean running;

	private Thread thread;

	/** The last app is ingest, whose in-flight gauge is sampled too. */
	HeapSampler(AppProcess... apps) {
		this.apps = apps;
		this.peaks = new AtomicLongArray(apps.length);
	}

	void start() {
		this.running = true;
		this.thread = new Thread(this::sample, "heap-sampler");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	void stop() {
		this.running = false;
		if (this.thread != null) {
			try {
				this.thread.join(5000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	long peak(int app) {
		return this.peaks.get(app);
	}

	long peakInFlight() {
		return this.peakInFlight.get();
	}

	private void sample() {
		while (this.running) {
			for (int i = 0; i < this.apps.length; i++) {
				try {
					long used = Services.heapUsed(this.apps[i]);
					this.peaks.accumulateAndGet(i, used, Math::max);
					if (i == this.apps.length - 1) {
						long inFlight = (long) Services.metric(this.apps[i], "nordpark.ingest.inflight");
						this.peakInFlight.accumulateAndGet(inFlight, Math::max);
					}
				}
				catch (RuntimeException ex) {
					// the service is busy or restarting; the next sample counts
				}
			}
			Services.sleep(200);
		}
	}

}
