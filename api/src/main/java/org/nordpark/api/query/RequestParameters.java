package org.nordpark.api.query;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.system.problem.ApiProblemException.ParameterError;
import org.nordpark.api.system.problem.ApiProblemException;
import org.nordpark.api.system.problem.InvalidQueryException;
import org.nordpark.api.system.problem.ProblemType;
import org.nordpark.model.DevEui;
import org.nordpark.model.Dims;
import org.nordpark.model.SensorKind;

/**
 * Checks request parameters against patterns and whitelists and collects every problem,
 * so one 400 names all offending parameters. Call {@link #validate()} after reading all
 * parameters.
 */
public final class RequestParameters {

	private final List<ParameterError> errors = new ArrayList<>();

	/**
	 * A sensor id (DevEUI): 16 hex characters, also accepted upper case or with
	 * separators.
	 */
	public @Nullable String sensorId(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return DevEui.of(value).value();
		}
		catch (IllegalArgumentException ex) {
			return reject(name, value, "must be a sensor id of 16 hex characters, e.g. 70b3d5e75e00a1b2");
		}
	}

	/** A label such as a zone or direction: {@code [A-Za-z0-9][A-Za-z0-9_.-]{0,63}}. */
	public @Nullable String label(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		return Dims.LABEL.matcher(value).matches() ? value
				: reject(name, value, "must match " + Dims.LABEL.pattern() + ", e.g. P3");
	}

	public @Nullable SensorKind kind(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return SensorKind.fromId(value);
		}
		catch (IllegalArgumentException ex) {
			return reject(name, value, "must be one of " + SensorKind.ids());
		}
	}

	/** One of a fixed set of strings. */
	public @Nullable String oneOf(String name, @Nullable String value, Collection<String> allowed) {
		if (value == null) {
			return null;
		}
		return allowed.contains(value) ? value
				: reject(name, value, "must be one of " + String.join(", ", new TreeSet<>(allowed)));
	}

	public @Nullable Interval interval(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		Optional<Interval> interval = Interval.fromId(value);
		return interval.isPresent() ? interval.get()
				: reject(name, value, "must be one of " + String.join(", ", Interval.ids()));
	}

	public @Nullable Aggregation aggregation(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		Optional<Aggregation> agg = Aggregation.fromId(value);
		return agg.isPresent() ? agg.get()
				: reject(name, value, "must be one of " + String.join(", ", Aggregation.ids()));
	}

	/**
	 * ISO-8601 local date-time, then an offset, a bracketed zone id or both (Java's
	 * {@code ISO_DATE_TIME} takes a zone id only after an offset).
	 */
	private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffsetId()
		.optionalEnd()
		.optionalStart()
		.appendLiteral('[')
		.parseCaseSensitive()
		.appendZoneRegionId()
		.appendLiteral(']')
		.optionalEnd()
		.toFormatter();

	/**
	 * An ISO-8601 date-time with an offset or zone, e.g. {@code 2025-03-12T17:00:00Z},
	 * {@code 2025-03-12T18:00:00+01:00} or {@code 2025-03-12T18:00:00[Europe/Berlin]}.
	 */
	public @Nullable Instant instant(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return ZonedDateTime.parse(value, DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			return reject(name, value, "must be an ISO-8601 date-time with offset or zone, e.g. 2025-03-12T17:00:00Z, "
					+ "2025-03-12T18:00:00+01:00 or 2025-03-12T18:00:00[Europe/Berlin]");
		}
	}

	/** Records a problem found by the caller. */
	public void error(String name, String message) {
		this.errors.add(new ParameterError(name, message));
	}

	/** Throws {@link InvalidQueryException} naming every invalid parameter, if any. */
	public void validate() {
		if (!this.errors.isEmpty()) {
			throw new InvalidQueryException(this.errors);
		}
	}

	/**
	 * Validates and resolves {@code from}, {@code to} and {@code every} together:
	 * defaults ({@code to} = now, {@code from} = to minus the default range,
	 * {@code every} = the finest interval within the target number of points),
	 * {@code from < to}, the maximum range and the maximum number of points.
	 */
	public Window window(@Nullable String fromValue, @Nullable String toValue, @Nullable String everyValue,
			QueryProperties limits, Clock clock) {
		Instant from = instant("from", fromValue);
		Instant to = instant("to", toValue);
		Interval every = interval("every", everyValue);
		validate();
		Instant end = (to != null) ? to : clock.instant();
		Instant start = (from != null) ? from : end.minus(limits.defaultRange());
		if (!start.isBefore(end)) {
			error("from", "must be before to");
			validate();
		}
		TimeWindow window = new TimeWindow(start, end);
		if (window.span().compareTo(limits.maxRange()) > 0) {
			throw new ApiProblemException(ProblemType.RANGE_TOO_LONG,
					"from .. to spans " + window.span() + ", more than the limit of " + limits.maxRange(), "from",
					List.of(new ParameterError("from", "range longer than " + limits.maxRange())),
					limits.maxRange().toString());
		}
		if (every == null) {
			every = finest(window, limits);
		}
		long points = every.count(window.span());
		if (points > limits.maxPoints()) {
			throw new ApiProblemException(ProblemType.TOO_MANY_POINTS,
					"every=" + every.id() + " over this range gives " + points
							+ " points per series, more than the limit of " + limits.maxPoints()
							+ "; choose a larger every or a shorter range",
					"every",
					List.of(new ParameterError("every", "gives " + points + " points, limit " + limits.maxPoints())),
					limits.maxPoints());
		}
		return new Window(window, every);
	}

	private static Interval finest(TimeWindow window, QueryProperties limits) {
		for (Interval interval : Interval.values()) {
			if (interval.count(window.span()) <= limits.targetPoints()) {
				return interval;
			}
		}
		return Interval.values()[Interval.values().length - 1];
	}

	private <T> @Nullable T reject(String name, String value, String message) {
		String shown = (value.length() > 40) ? value.substring(0, 40) + "…" : value;
		this.errors.add(new ParameterError(name, "'" + shown + "' " + message));
		return null;
	}

	/**
	 * A validated time window with its interval.
	 *
	 * @param range the time range
	 * @param every the interval
	 */
	public record Window(TimeWindow range, Interval every) {

	}

}
