package org.nordpark.api.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.nordpark.api.system.problem.ApiProblemException;
import org.nordpark.api.system.problem.InvalidQueryException;
import org.nordpark.api.system.problem.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RequestParametersTests {

	private static final QueryProperties LIMITS = new QueryProperties(Duration.ofDays(10), 100, Duration.ofHours(24),
			50, Duration.ofDays(3), Duration.ofDays(30));

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-12T18:00:00Z"), ZoneOffset.UTC);

	@Test
	void normalisesSensorIdsAndRejectsAnythingElse() {
		RequestParameters params = new RequestParameters();
		assertThat(params.sensorId("id", "70-B3-D5-E7-5E-00-A1-01")).isEqualTo("70b3d5e75e00a101");
		assertThat(params.sensorId("id", "70b3d5e75e00a1")).isNull();
		assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(params::validate)
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("id"));
	}

	@Test
	void acceptsLabelsByPatternOnly() {
		RequestParameters params = new RequestParameters();
		assertThat(params.label("zone", "P3")).isEqualTo("P3");
		assertThat(params.label("zone", "ev-charging_2.b")).isEqualTo("ev-charging_2.b");
		assertThat(params.label("zone", "P3' OR '1'='1")).isNull();
		assertThat(params.label("zone", "-P3")).isNull();
		assertThat(params.label("zone", "x".repeat(65))).isNull();
		assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(params::validate)
			.satisfies((ex) -> assertThat(ex.errors()).hasSize(3));
	}

	@Test
	void parsesTimesWithOffsetOrZoneOnly() {
		RequestParameters params = new RequestParameters();
		assertThat(params.instant("from", "2025-03-12T18:00:00+01:00"))
			.isEqualTo(Instant.parse("2025-03-12T17:00:00Z"));
		assertThat(params.instant("from", "2025-03-12T18:00:00+01:00[Europe/Berlin]"))
			.isEqualTo(Instant.parse("2025-03-12T17:00:00Z"));
		assertThat(params.instant("from", "2025-03-12T18:00:00[Europe/Berlin]"))
			.isEqualTo(Instant.parse("2025-03-12T17:00:00Z"));
		assertThat(params.instant("to", "2025-03-12T18:00:00")).isNull();
		assertThat(params.instant("to", "yesterday")).isNull();
		assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(params::validate);
	}

	@Test
	void defaultsToTheLastDayAtTheFinestIntervalWithinTheTarget() {
		RequestParameters.Window window = new RequestParameters().window(null, null, null, LIMITS, CLOCK);
		assertThat(window.range().from()).isEqualTo(Instant.parse("2025-03-11T18:00:00Z"));
		assertThat(window.range().to()).isEqualTo(Instant.parse("2025-03-12T18:00:00Z"));
		// 24 h in at most 50 points: 30m gives 48
		assertThat(window.every()).isEqualTo(Interval.M30);
	}

	@Test
	void rejectsRangesInTheWrongOrderTooLongOrWithTooManyPoints() {
		assertThatExceptionOfType(InvalidQueryException.class)
			.isThrownBy(() -> new RequestParameters().window("2025-03-12T18:00:00Z", "2025-03-12T18:00:00Z", null,
					LIMITS, CLOCK))
			.satisfies((ex) -> assertThat(ex.parameter()).isEqualTo("from"));
		assertThatExceptionOfType(ApiProblemException.class)
			.isThrownBy(() -> new RequestParameters().window("2025-01-01T00:00:00Z", null, "1d", LIMITS, CLOCK))
			.satisfies((ex) -> assertThat(ex.type()).isEqualTo(ProblemType.RANGE_TOO_LONG));
		assertThatExceptionOfType(ApiProblemException.class)
			.isThrownBy(() -> new RequestParameters().window("2025-03-11T00:00:00Z", null, "5m", LIMITS, CLOCK))
			.satisfies((ex) -> {
				assertThat(ex.type()).isEqualTo(ProblemType.TOO_MANY_POINTS);
				assertThat(ex.parameter()).isEqualTo("every");
				assertThat(ex.limit()).isEqualTo(100);
			});
	}

	@Test
	void acceptsOnlyWhitelistedIntervalsAndAggregations() {
		RequestParameters params = new RequestParameters();
		assertThat(params.interval("every", "15m")).isEqualTo(Interval.M15);
		assertThat(params.aggregation("agg", "max")).isEqualTo(Aggregation.MAX);
		assertThat(params.interval("every", "15m) fill(none")).isNull();
		assertThat(params.aggregation("agg", "MEAN")).isNull();
		assertThat(params.aggregation("agg", "percentile")).isNull();
		assertThatExceptionOfType(InvalidQueryException.class).isThrownBy(params::validate)
			.satisfies((ex) -> assertThat(ex.errors()).extracting(ApiProblemException.ParameterError::parameter)
				.containsExactly("every", "agg", "agg"));
	}

}
