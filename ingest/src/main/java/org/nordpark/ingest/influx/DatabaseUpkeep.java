package org.nordpark.ingest.influx;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database's upkeep beside the writes: sets the database up (retrying with backoff
 * until InfluxDB answers), then rolls up the hours that got late points every
 * {@code late-rollup-every}, while the writer runs.
 */
final class DatabaseUpkeep implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUpkeep.class);

	private final InfluxProperties properties;

	private final DatabaseSetup setup;

	private final LateRollups lateRollups;

	private final Backoff backoff;

	private final BatchSender.Sleeper sleeper;

	private final BooleanSupplier running;

	DatabaseUpkeep(InfluxProperties properties, DatabaseSetup setup, LateRollups lateRollups, Backoff backoff,
			BatchSender.Sleeper sleeper, BooleanSupplier running) {
		this.properties = properties;
		this.setup = setup;
		this.lateRollups = lateRollups;
		this.backoff = backoff;
		this.sleeper = sleeper;
		this.running = running;
	}

	@Override
	public void run() {
		if (!this.properties.setup()) {
			return;
		}
		int attempt = 0;
		while (this.running.getAsBoolean() && !this.setup.isDone()) {
			try {
				this.setup.ensure();
			}
			catch (RuntimeException ex) {
				attempt++;
				Duration delay = this.backoff.delay(attempt);
				log.warn("cannot set up the database yet, retrying [url: {}, error: {}, next attempt in: {} ms]",
						this.properties.url(), ex.getMessage(), delay.toMillis());
				if (this.sleeper.sleep(delay)) {
					return;
				}
			}
		}
		// then roll up hours that got late points, every late-rollup-every
		while (this.running.getAsBoolean() && !this.sleeper.sleep(this.properties.lateRollupEvery())) {
			try {
				this.lateRollups.run();
			}
			catch (RuntimeException ex) {
				log.warn("rolling up late hours failed [error: {}]", ex.getMessage());
			}
		}
	}

}
