package org.nordpark.api.query;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.nordpark.api.system.problem.ParameterValueException;
import org.nordpark.model.DevEui;
import org.nordpark.model.SensorKind;

import org.springframework.format.support.DefaultFormattingConversionService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ParameterConverterTests {

	private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();

	ParameterConverterTests() {
		this.conversion.addConverter(new ParameterConverter());
	}

	@Test
	void normalisesSensorIdsAndRejectsAnythingElse() {
		assertThat(this.conversion.convert("70-B3-D5-E7-5E-00-A1-01", DevEui.class))
			.isEqualTo(new DevEui("70b3d5e75e00a101"));
		assertThatExceptionOfType(ParameterValueException.class)
			.isThrownBy(() -> ParameterConverter.sensorId("70b3d5e75e00a1"))
			.withMessage("must be a sensor id of 16 hex characters, e.g. 70b3d5e75e00a1b2");
	}

	@Test
	void parsesTimesWithOffsetOrZoneOnly() {
		Instant expected = Instant.parse("2025-03-12T17:00:00Z");
		assertThat(this.conversion.convert("2025-03-12T18:00:00+01:00", Instant.class)).isEqualTo(expected);
		assertThat(this.conversion.convert("2025-03-12T18:00:00+01:00[Europe/Berlin]", Instant.class))
			.isEqualTo(expected);
		assertThat(this.conversion.convert("2025-03-12T18:00:00[Europe/Berlin]", Instant.class)).isEqualTo(expected);
		assertThat(this.conversion.convert("2025-03-12T17:00:00Z", Instant.class)).isEqualTo(expected);
		assertThatExceptionOfType(ParameterValueException.class)
			.isThrownBy(() -> ParameterConverter.instant("2025-03-12T18:00:00"));
		assertThatExceptionOfType(ParameterValueException.class)
			.isThrownBy(() -> ParameterConverter.instant("yesterday"))
			.withMessageStartingWith("must be an ISO-8601 date-time with offset or zone");
	}

	@Test
	void acceptsOnlyWhitelistedIntervalsAggregationsAndKinds() {
		assertThat(this.conversion.convert("15m", Interval.class)).isEqualTo(Interval.M15);
		assertThat(this.conversion.convert("max", Aggregation.class)).isEqualTo(Aggregation.MAX);
		assertThat(this.conversion.convert("noise", SensorKind.class)).isEqualTo(SensorKind.NOISE);
		assertThatExceptionOfType(ParameterValueException.class)
			.isThrownBy(() -> ParameterConverter.interval("15m) fill(none"))
			.withMessage("must be one of 1m, 5m, 15m, 30m, 1h, 3h, 6h, 12h, 1d, 7d");
		// the enum names are not the API's values
		assertThatExceptionOfType(ParameterValueException.class).isThrownBy(() -> ParameterConverter.interval("M15"));
		assertThatExceptionOfType(ParameterValueException.class)
			.isThrownBy(() -> ParameterConverter.aggregation("MEAN"))
			.withMessage("must be one of mean, min, max, sum, count, last");
		assertThatExceptionOfType(ParameterValueException.class)
			.isThrownBy(() -> ParameterConverter.aggregation("percentile"));
		assertThatExceptionOfType(ParameterValueException.class).isThrownBy(() -> ParameterConverter.kind("PARKING"));
	}

}
