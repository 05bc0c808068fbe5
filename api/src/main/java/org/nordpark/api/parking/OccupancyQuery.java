package org.nordpark.api.parking;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.Interval;
import org.nordpark.api.query.Label;
import org.nordpark.api.query.WindowQuery;

/**
 * The parameters of the occupancy series.
 *
 * @param zone only this zone; default every zone
 * @param from inclusive start
 * @param to exclusive end
 * @param every the interval
 */
record OccupancyQuery(@Nullable @Label String zone, @Nullable Instant from, @Nullable Instant to,
		@Nullable Interval every) implements WindowQuery {

}
