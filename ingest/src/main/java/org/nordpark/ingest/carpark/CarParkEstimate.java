package org.nordpark.ingest.carpark;

import java.time.Instant;

/**
 * A whole car park's estimated occupancy at one moment.
 *
 * @param time the moment
 * @param occupied estimated occupied spaces, 0..capacity
 * @param capacity spaces in the car park
 * @param anchoredAt the quiet moment the count is carried forward from
 * @param anchorRate the bay sensors' occupancy rate at that moment
 */
record CarParkEstimate(Instant time, long occupied, int capacity, Instant anchoredAt, double anchorRate) {

	long free() {
		return this.capacity - this.occupied;
	}

	double occupancyRate() {
		return Math.round((double) this.occupied / this.capacity * 10000) / 10000.0;
	}

}
