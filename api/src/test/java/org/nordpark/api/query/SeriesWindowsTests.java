package org.nordpark.api.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.nordpark.api.system.problem.ApiProblemException;
import org.nordpark.api.system.problem.InvalidQueryException;
import org.nordpark.api.system.problem.ProblemType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SeriesWindowsTests {

	private static final QueryProperties LIMITS = new QueryProperties(Duration.ofDays(10), 100, Duration.ofHours(24),
			50, Duration.ofDays(3), Duration.ofDays(30));

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-12T18:00:00Z"), ZoneOffset.UTC);

	private final SeriesWindows windows = new SeriesWindows(LIMITS, CLOCK);

	@Test
	void defaultsToTheLastDayAtTheFinestIntervalWithinTheTarget() {
		SeriesWindow window = this.windows.resolve(query(null, null, null));
		assertThat(window.range().from()).isEqualTo(Instant.parse("2025-03-11T18:00:00Z"));
		assertThat(window.range().to()).isEqualTo(Instant.parse("2025-03-12T18:00:00Z"));
		// 24 h in at most 50 points: 30m gives 48
		assertThat(window.every()).isEqualTo(Interval.M30);
	}

	@Test
	void endsTheDefaultRangeAtTheGivenTo() {
		SeriesWindow window = this.windows.resolve(query(null, "2025-03-01T00:00:00Z", Interval.H1));
		assertThat(window.range().from()).isEqualTo(Instant.parse("2025-02-28T00:00:00Z"));
		assertThat(window.every()).isEqualTo(Interval.H1);
	}

	@Test
	void rejectsRangesInTheWrongOrderTooLongOrWithTooManyPoints() {
		assertThatExceptionOfType(InvalidQueryException.class)
			.isThrownBy(() -> this.windows.resolve(query("2025-03-12T18:00:00Z", "2025-03-12T18:00:00Z", null)))
			.satisfies((ex) -> {
				assertThat(ex.parameter()).isEqualTo("from");
				assertThat(ex.getMessage()).isEqualTo("parameter 'from': must be before to");
			});
		// from after now, to omitted
		assertThatExceptionOfType(InvalidQueryException.class)
			.isThrownBy(() -> this.windows.resolve(query("2025-03-13T00:00:00Z", null, null)));
		assertThatExceptionOfType(ApiProblemException.class)
			.isThrownBy(() -> this.windows.resolve(query("2025-01-01T00:00:00Z", null, Interval.D1)))
			.satisfies((ex) -> {
				assertThat(ex.type()).isEqualTo(ProblemType.RANGE_TOO_LONG);
				assertThat(ex.limit()).isEqualTo("PT240H");
			});
		assertThatExceptionOfType(ApiProblemException.class)
			.isThrownBy(() -> this.windows.resolve(query("2025-03-11T00:00:00Z", null, Interval.M5)))
			.satisfies((ex) -> {
				assertThat(ex.type()).isEqualTo(ProblemType.TOO_MANY_POINTS);
				assertThat(ex.parameter()).isEqualTo("every");
				assertThat(ex.limit()).isEqualTo(100);
			});
	}

	private static WindowQuery query(@Nullable String from, @Nullable String to, @Nullable Interval every) {
		Instant start = (from != null) ? Instant.parse(from) : null;
		Instant end = (to != null) ? Instant.parse(to) : null;
		return new WindowQuery() {

			@Override
			public @Nullable Instant from() {
				return start;
			}

			@Override
			public @Nullable Instant to() {
				return end;
			}

			@Override
			public @Nullable Interval every() {
				return every;
			}

		};
	}

}
