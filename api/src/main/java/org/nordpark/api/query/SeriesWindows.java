package org.nordpark.api.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.nordpark.api.system.problem.ApiProblemException.ParameterError;
import org.nordpark.api.system.problem.ApiProblemException;
import org.nordpark.api.system.problem.InvalidQueryException;
import org.nordpark.api.system.problem.ProblemType;

import org.springframework.stereotype.Component;

/**
 * Resolves the time window of a series request: defaults ({@code to} = now, {@code from}
 * = to minus the default range, {@code every} = the finest interval within the target
 * number of points), then {@code from < to}, the maximum range and the maximum number of
 * points. Each parameter on its own was checked when the request was bound.
 */
@Component
public class SeriesWindows {

	private final QueryProperties limits;

	private final Clock clock;

	public SeriesWindows(QueryProperties limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * The window of a request.
	 * @throws ApiProblemException 400 {@code invalid-parameter}, {@code range-too-long}
	 * or {@code too-many-points}
	 */
	public SeriesWindow resolve(WindowQuery query) {
		Instant end = (query.to() != null) ? query.to() : this.clock.instant();
		Instant start = (query.from() != null) ? query.from() : end.minus(this.limits.defaultRange());
		if (!start.isBefore(end)) {
			throw new InvalidQueryException(List.of(new ParameterError("from", "must be before to")));
		}
		TimeWindow window = new TimeWindow(start, end);
		if (window.span().compareTo(this.limits.maxRange()) > 0) {
			throw new ApiProblemException(ProblemType.RANGE_TOO_LONG,
					"from .. to spans " + window.span() + ", more than the limit of " + this.limits.maxRange(), "from",
					List.of(new ParameterError("from", "range longer than " + this.limits.maxRange())),
					this.limits.maxRange().toString());
		}
		Interval every = (query.every() != null) ? query.every() : finest(window);
		long points = every.count(window.span());
		if (points > this.limits.maxPoints()) {
			throw new ApiProblemException(ProblemType.TOO_MANY_POINTS,
					"every=" + every.id() + " over this range gives " + points
							+ " points per series, more than the limit of " + this.limits.maxPoints()
							+ "; choose a larger every or a shorter range",
					"every", List.of(new ParameterError("every",
							"gives " + points + " points, limit " + this.limits.maxPoints())),
					this.limits.maxPoints());
		}
		return new SeriesWindow(window, every);
	}

	private Interval finest(TimeWindow window) {
		for (Interval interval : Interval.values()) {
			if (interval.count(window.span()) <= this.limits.targetPoints()) {
				return interval;
			}
		}
		return Interval.values()[Interval.values().length - 1];
	}

}
