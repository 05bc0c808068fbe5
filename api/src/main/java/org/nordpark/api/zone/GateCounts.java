package org.nordpark.api.zone;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The whole-car-park estimate from the counts at its gates, newest reading first. The
 * occupancy is carried forward from an anchor: the newest moment the gates were quiet
 * (this reading and the one before it each counted fewer cars in and out than
 * {@link #quietLimit(int) 1 % of the capacity}, at least 3), where the occupancy is taken
 * to be the bay sensors' ratio times the capacity. After the anchor every car in adds one
 * and every car out takes one away; the result is kept within 0 and the capacity.
 * Re-anchoring at every quiet spell keeps the counters' errors (a missed or
 * double-counted car, a lost uplink) from adding up over days: the drift correction.
 * While cars stream in or out the gates see every car, where the sampled bays see a few
 * dozen of a thousand spaces.
 *
 * @param readings the gate readings, newest first
 * @param capacity the car park's capacity
 */
record GateCounts(List<Reading> readings, int capacity) {

	/** The most cars in and out in one reading for the gates to count as quiet. */
	static long quietLimit(int capacity) {
		return Math.max(3, Math.round(capacity * 0.01));
	}

	/**
	 * The anchor: the newest reading that was quiet after a quiet one, or the oldest
	 * reading when there is none.
	 */
	@Nullable Instant anchor() {
		if (this.readings.isEmpty()) {
			return null;
		}
		long quiet = quietLimit(this.capacity);
		for (int i = 0; i + 1 < this.readings.size(); i++) {
			if (this.readings.get(i).flow() < quiet && this.readings.get(i + 1).flow() < quiet) {
				return this.readings.get(i).time();
			}
		}
		return this.readings.get(this.readings.size() - 1).time();
	}

	/** Cars in minus cars out in the readings after {@code anchor}. */
	long netAfter(Instant anchor) {
		long net = 0;
		for (Reading reading : this.readings) {
			if (reading.time().isAfter(anchor)) {
				net += reading.entering() - reading.leaving();
			}
		}
		return net;
	}

	/**
	 * The occupied spaces: the anchor's share of the capacity plus the net count since.
	 */
	long occupied(double anchorRate, Instant anchor) {
		long estimate = Math.round(anchorRate * this.capacity) + netAfter(anchor);
		return Math.max(0, Math.min(this.capacity, estimate));
	}

	/**
	 * What the gate counters of a car park counted in one reading.
	 *
	 * @param time when
	 * @param entering cars (and trucks) in
	 * @param leaving cars (and trucks) out
	 */
	record Reading(Instant time, long entering, long leaving) {

		long flow() {
			return this.entering + this.leaving;
		}

	}

}
