package org.nordpark.api.query;

/**
 * A validated time range with its interval, resolved from a {@link WindowQuery} by
 * {@link SeriesWindows}.
 *
 * @param range the time range
 * @param every the interval
 */
public record SeriesWindow(TimeWindow range, Interval every) {

}
