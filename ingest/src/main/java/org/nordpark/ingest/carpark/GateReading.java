package org.nordpark.ingest.carpark;

import java.time.Instant;

/**
 * What the gate counters of a car park counted in one reading (cars and trucks, every
 * gate of the car park summed).
 *
 * @param time when
 * @param entering vehicles in
 * @param leaving vehicles out
 */
record GateReading(Instant time, long entering, long leaving) {

	long flow() {
		return this.entering + this.leaving;
	}

}
