package org.nordpark.simulator.run;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** What the simulation is doing, for the health endpoint and the logs. */
@Component
public class SimulationStatus {

	private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.STARTING);

	private final AtomicLong published = new AtomicLong();

	private final AtomicReference<@Nullable Instant> eventTime = new AtomicReference<>();

	private final AtomicReference<@Nullable String> failure = new AtomicReference<>();

	private volatile int devices;

	private volatile @Nullable ScenarioClock clock;

	/** The current phase. */
	public Phase phase() {
		return this.phase.get();
	}

	void phase(Phase phase) {
		this.phase.set(phase);
	}

	/** Messages published. */
	public long published() {
		return this.published.get();
	}

	void published(long count, Instant lastEventTime) {
		this.published.addAndGet(count);
		this.eventTime.set(lastEventTime);
	}

	/** Time of the last published event. */
	public @Nullable Instant eventTime() {
		return this.eventTime.get();
	}

	/** Why the simulation failed, if it did. */
	public @Nullable String failure() {
		return this.failure.get();
	}

	void failed(String reason) {
		this.failure.set(reason);
		this.phase.set(Phase.FAILED);
	}

	/** Number of simulated devices. */
	public int devices() {
		return this.devices;
	}

	void devices(int devices) {
		this.devices = devices;
	}

	/** The simulated clock of the live run, once it plays. */
	@Nullable ScenarioClock clock() {
		return this.clock;
	}

	void clock(ScenarioClock clock) {
		this.clock = clock;
	}

	/** Phases of a run. */
	public enum Phase {

		STARTING, CONNECTING, BACKFILL, LIVE, DONE, FAILED

	}

}
