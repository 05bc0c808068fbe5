package org.nordpark.simulator.scenario;

import java.util.random.RandomGenerator;

/**
 * A triangular distribution over minutes relative to an anchor such as kick-off: used
 * both for the arrival time of one car and for the arrival rate seen by a counter, so
 * counts and bay occupancy agree.
 *
 * @param min earliest minute
 * @param mode most likely minute
 * @param max latest minute
 */
public record Triangular(double min, double mode, double max) {

	public Triangular {
		if (!(min <= mode && mode <= max && min < max)) {
			throw new IllegalArgumentException("need min <= mode <= max and min < max");
		}
	}

	/** Probability density per minute at minute {@code x}. */
	public double density(double x) {
		if (x <= this.min || x >= this.max) {
			return 0;
		}
		double height = 2 / (this.max - this.min);
		return (x < this.mode) ? height * (x - this.min) / (this.mode - this.min)
				: height * (this.max - x) / (this.max - this.mode);
	}

	/** A random minute drawn from the distribution. */
	public double sample(RandomGenerator random) {
		double u = random.nextDouble();
		double split = (this.mode - this.min) / (this.max - this.min);
		if (u < split) {
			return this.min + Math.sqrt(u * (this.max - this.min) * (this.mode - this.min));
		}
		return this.max - Math.sqrt((1 - u) * (this.max - this.min) * (this.max - this.mode));
	}

}
