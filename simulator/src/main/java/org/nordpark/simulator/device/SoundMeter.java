package org.nordpark.simulator.device;

import java.time.Duration;
import java.time.Instant;

import org.nordpark.model.site.SiteSensor;
import org.nordpark.simulator.encode.Frame;
import org.nordpark.simulator.encode.MilesightEncoder;
import org.nordpark.simulator.scenario.Randoms;

/**
 * A Milesight WS302 sound level meter (A-weighted, fast): traffic noise, the stadium
 * crowd during a match and a roar for every goal.
 */
final class SoundMeter extends PeriodicDevice {

	private static final int A_WEIGHTING = 1;

	private static final int FAST = 1;

	private final Environment environment;

	SoundMeter(SiteSensor sensor, DeviceContext context) {
		super(sensor, context, Duration.ofMinutes(10), 0);
		this.environment = new Environment(context.scenario(), context, sensor.lat(), sensor.lon());
	}

	@Override
	protected Frame frame(Instant time) {
		double leq = Randoms.clamp(this.environment.leq(midInterval(time)) + Randoms.normal(this.random, 0, 1), 30,
				115);
		double lmax = leq + 6 + 6 * this.random.nextDouble();
		if (scenario().goalBetween(time.minus(interval()), time)) {
			lmax = Math.max(lmax, leq + 15);
			leq += 2;
		}
		double level = Randoms.clamp(leq + Randoms.normal(this.random, 0, 3), 30, lmax);
		return MilesightEncoder.frame()
			.battery((int) Math.round(batteryPct(time)))
			.sound(A_WEIGHTING, FAST, level, leq, Math.min(130, lmax))
			.build();
	}

}
