package org.nordpark.ingest.carpark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.jspecify.annotations.Nullable;

/**
 * Estimates a whole car park's occupancy from the counts at its gates, carried forward
 * from an anchor: the newest moment the gates were quiet (a reading and the one before it
 * each counted fewer vehicles in and out than {@link #quietLimit 1 % of the capacity, at
 * least 3}), where the occupancy is taken to be the bay sensors' ratio times the
 * capacity. After the anchor every vehicle in adds one and every vehicle out takes one
 * away; the result is kept within 0 and the capacity. Re-anchoring at every quiet spell
 * is the drift correction: a missed or double-counted vehicle, a lost uplink, does not
 * add up over days. Only readings within {@code lookback} before a moment count; without
 * a quiet spell in them the oldest is the anchor.
 */
final class CarParkEstimator {

	private final int capacity;

	private final Duration lookback;

	private final long quietLimit;

	CarParkEstimator(int capacity, Duration lookback) {
		if (capacity <= 0) {
			throw new IllegalArgumentException("capacity must be positive: " + capacity);
		}
		this.capacity = capacity;
		this.lookback = lookback;
		this.quietLimit = quietLimit(capacity);
	}

	/** The most vehicles in and out in one reading for the gates to count as quiet. */
	static long quietLimit(int capacity) {
		return Math.max(3, Math.round(capacity * 0.01));
	}

	/**
	 * The estimate at each of {@code moments}; a moment without a gate reading within the
	 * lookback or without a bay state at its anchor has none.
	 * @param readings the gate readings, oldest first
	 * @param bays each bay's states by time ({@code true} = occupied)
	 * @param moments the moments to estimate
	 */
	List<CarParkEstimate> estimate(List<GateReading> readings, Collection<NavigableMap<Instant, Boolean>> bays,
			List<Instant> moments) {
		List<CarParkEstimate> estimates = new ArrayList<>();
		for (Instant moment : moments) {
			CarParkEstimate estimate = estimate(readings, bays, moment);
			if (estimate != null) {
				estimates.add(estimate);
			}
		}
		return estimates;
	}

	private @Nullable CarParkEstimate estimate(List<GateReading> readings,
			Collection<NavigableMap<Instant, Boolean>> bays, Instant moment) {
		Instant since = moment.minus(this.lookback);
		int newest = -1;
		int oldest = -1;
		for (int i = 0; i < readings.size(); i++) {
			Instant time = readings.get(i).time();
			if (time.isAfter(since) && !time.isAfter(moment)) {
				oldest = (oldest < 0) ? i : oldest;
				newest = i;
			}
		}
		if (newest < 0) {
			return null;
		}
		int anchor = oldest;
		for (int i = newest; i > oldest; i--) {
			if (readings.get(i).flow() < this.quietLimit && readings.get(i - 1).flow() < this.quietLimit) {
				anchor = i;
				break;
			}
		}
		Instant anchoredAt = readings.get(anchor).time();
		Double rate = rate(bays, anchoredAt);
		if (rate == null) {
			return null;
		}
		long net = 0;
		for (int i = anchor + 1; i <= newest; i++) {
			net += readings.get(i).entering() - readings.get(i).leaving();
		}
		long occupied = Math.max(0, Math.min(this.capacity, Math.round(rate * this.capacity) + net));
		return new CarParkEstimate(moment, occupied, this.capacity, anchoredAt, Math.round(rate * 10000) / 10000.0);
	}

	/** The share of bays whose latest state at {@code time} is occupied. */
	private static @Nullable Double rate(Collection<NavigableMap<Instant, Boolean>> bays, Instant time) {
		long known = 0;
		long occupied = 0;
		for (NavigableMap<Instant, Boolean> bay : bays) {
			Map.Entry<Instant, Boolean> state = bay.floorEntry(time);
			if (state != null) {
				known++;
				occupied += state.getValue() ? 1 : 0;
			}
		}
		return (known == 0) ? null : (double) occupied / known;
	}

}
