package org.nordpark.api.query;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.system.problem.ParameterValueException;
import org.nordpark.model.DevEui;
import org.nordpark.model.SensorKind;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.stereotype.Component;

/**
 * Converts request parameters to the typed values of the request records: time
 * ({@link Instant}), {@link Interval}, {@link Aggregation}, {@link SensorKind} and sensor
 * id ({@link DevEui}). A text that is no such value fails with a
 * {@link ParameterValueException} saying what is accepted, which the 400 answer shows; an
 * empty text is no value (the parameter's default applies).
 */
@Component
class ParameterConverter implements GenericConverter {

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

	private static final Map<Class<?>, Function<String, Object>> CONVERSIONS = Map.of(Instant.class,
			ParameterConverter::instant, Interval.class, ParameterConverter::interval, Aggregation.class,
			ParameterConverter::aggregation, SensorKind.class, ParameterConverter::kind, DevEui.class,
			ParameterConverter::sensorId);

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return CONVERSIONS.keySet()
			.stream()
			.map((type) -> new ConvertiblePair(String.class, type))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source == null || ((String) source).isEmpty()) {
			// an empty value means the default, as Spring already treats empty enums and
			// numbers
			return null;
		}
		return CONVERSIONS.get(targetType.getType()).apply((String) source);
	}

	/**
	 * An ISO-8601 date-time with an offset or zone, e.g. {@code 2025-03-12T17:00:00Z},
	 * {@code 2025-03-12T18:00:00+01:00} or {@code 2025-03-12T18:00:00[Europe/Berlin]}.
	 */
	static Instant instant(String text) {
		try {
			return ZonedDateTime.parse(text, DATE_TIME).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new ParameterValueException("must be an ISO-8601 date-time with offset or zone, e.g. "
					+ "2025-03-12T17:00:00Z, 2025-03-12T18:00:00+01:00 or 2025-03-12T18:00:00[Europe/Berlin]");
		}
	}

	static Interval interval(String text) {
		return Interval.fromId(text)
			.orElseThrow(() -> new ParameterValueException("must be one of " + String.join(", ", Interval.ids())));
	}

	static Aggregation aggregation(String text) {
		return Aggregation.fromId(text)
			.orElseThrow(() -> new ParameterValueException("must be one of " + String.join(", ", Aggregation.ids())));
	}

	static SensorKind kind(String text) {
		try {
			return SensorKind.fromId(text);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterValueException("must be one of " + SensorKind.ids());
		}
	}

	/**
	 * A sensor id (DevEUI): 16 hex characters, also accepted upper case or with
	 * separators.
	 */
	static DevEui sensorId(String text) {
		try {
			return DevEui.of(text);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterValueException("must be a sensor id of 16 hex characters, e.g. 70b3d5e75e00a1b2");
		}
	}

}
