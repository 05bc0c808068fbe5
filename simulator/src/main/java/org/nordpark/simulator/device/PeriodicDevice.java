package org.nordpark.simulator.device;

import java.time.Duration;
import java.time.Instant;

import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.encode.Frame;

/**
 * A device that reports at a fixed interval (with a few seconds of clock jitter) and
 * whose frames describe the interval that just ended.
 */
abstract class PeriodicDevice extends SimulatedDevice {

	private final Duration interval;

	private final long phaseMillis;

	PeriodicDevice(SiteSensor sensor, DeviceContext context, Duration defaultInterval, double extraRadioLossDb) {
		super(sensor, context, extraRadioLossDb);
		this.interval = interval(defaultInterval);
		this.phaseMillis = this.random.nextLong(this.interval.toMillis());
	}

	/** The reporting interval. */
	protected Duration interval() {
		return this.interval;
	}

	@Override
	protected Instant first(Instant time) {
		long period = this.interval.toMillis();
		long start = time.toEpochMilli();
		long slot = Math.floorDiv(start - this.phaseMillis, period) + 1;
		return Instant.ofEpochMilli(slot * period + this.phaseMillis);
	}

	@Override
	protected Instant following(Instant time) {
		return time.plus(this.interval).plusMillis(this.random.nextLong(-1500, 1500));
	}

	@Override
	protected Frame startup(Instant time) {
		return frame(time);
	}

	/** Hours in one interval. */
	protected double intervalHours() {
		return this.interval.toMillis() / 3_600_000.0;
	}

	/** The middle of the interval ending at {@code time}. */
	protected Instant midInterval(Instant time) {
		return time.minus(this.interval.dividedBy(2));
	}

}
