package org.nordpark.api.sta;

import java.time.Instant;

import org.nordpark.api.sta.filter.FilterEvaluator;

/**
 * An ISO 8601 time interval, written {@code start/end}.
 *
 * @param start the start
 * @param end the end
 */
record TimeInterval(Instant start, Instant end) implements FilterEvaluator.Interval {

	@Override
	public String toString() {
		return StaJson.time(this.start) + "/" + StaJson.time(this.end);
	}

}
