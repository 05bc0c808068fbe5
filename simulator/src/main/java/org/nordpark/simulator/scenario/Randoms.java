package org.nordpark.simulator.scenario;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Small random helpers; every random stream is derived from the seed, so runs repeat. */
public final class Randoms {

	private Randoms() {
	}

	/** A generator for one purpose, derived from the seed and a key. */
	public static SplittableRandom derive(long seed, String key) {
		long mixed = seed * 0x9E3779B97F4A7C15L;
		for (int i = 0; i < key.length(); i++) {
			mixed = (mixed ^ key.charAt(i)) * 0x100000001B3L;
		}
		return new SplittableRandom(mixed);
	}

	/** A Poisson-distributed count with the given mean. */
	public static int poisson(RandomGenerator random, double mean) {
		if (mean <= 0) {
			return 0;
		}
		if (mean > 40) {
			return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
		}
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			count++;
			product *= random.nextDouble();
		}
		return count;
	}

	/** A normally distributed value. */
	public static double normal(RandomGenerator random, double mean, double deviation) {
		return mean + deviation * random.nextGaussian();
	}

	/** Clamps a value into a range. */
	public static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

}
