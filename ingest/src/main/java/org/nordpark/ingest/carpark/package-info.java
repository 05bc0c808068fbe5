/**
 * Whole car parks: their occupancy estimated from the gate counters and the bay sensors,
 * written as the derived {@code car_park} series.
 */
@NullMarked
package org.nordpark.ingest.carpark;

import org.jspecify.annotations.NullMarked;
