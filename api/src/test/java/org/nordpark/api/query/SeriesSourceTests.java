package org.nordpark.api.query;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.nordpark.model.InfluxSchema;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesSourceTests {

	private static final QueryProperties LIMITS = new QueryProperties(Duration.ofDays(400), 5000, Duration.ofHours(24),
			500, Duration.ofDays(3), Duration.ofDays(30));

	private static SeriesWindow window(Duration span, Interval every) {
		Instant to = Instant.parse("2025-03-12T00:00:00Z");
		return new SeriesWindow(new TimeWindow(to.minus(span), to), every);
	}

	@Test
	void readsHourlyRollupsForLongRangesWhereTheAggregationHasOne() {
		SeriesWindow month = window(Duration.ofDays(30), Interval.H1);
		assertThat(SeriesSource.choose(InfluxSchema.ENVIRONMENT, InfluxSchema.CO2_PPM, Aggregation.MEAN, month, LIMITS))
			.isEqualTo(new SeriesSource("hourly", "mean", "co2_ppm"));
		assertThat(SeriesSource.choose(InfluxSchema.ENVIRONMENT, InfluxSchema.CO2_PPM, Aggregation.MAX, month, LIMITS))
			.isEqualTo(new SeriesSource("hourly", "max", "co2_ppm_max"));
		assertThat(SeriesSource.choose(InfluxSchema.TRAFFIC, InfluxSchema.COUNT, Aggregation.SUM, month, LIMITS))
			.isEqualTo(new SeriesSource("hourly", "sum", "count"));
		assertThat(SeriesSource.choose(InfluxSchema.LINK, InfluxSchema.F_CNT, Aggregation.COUNT, month, LIMITS))
			.isEqualTo(new SeriesSource("hourly", "sum", "uplinks"));
		assertThat(SeriesSource.choose(InfluxSchema.PARKING, InfluxSchema.OCCUPIED, Aggregation.MEAN, month, LIMITS))
			.isEqualTo(new SeriesSource("hourly", "mean", "occupied"));
	}

	@Test
	void readsRawPointsWhenNoRollupAnswersTheAggregation() {
		SeriesWindow month = window(Duration.ofDays(30), Interval.H1);
		assertThat(SeriesSource.choose(InfluxSchema.ENVIRONMENT, InfluxSchema.CO2_PPM, Aggregation.MIN, month, LIMITS)
			.retentionPolicy()).isEqualTo("raw");
		assertThat(SeriesSource.choose(InfluxSchema.TRAFFIC, InfluxSchema.COUNT, Aggregation.MAX, month, LIMITS)
			.retentionPolicy()).isEqualTo("raw");
	}

	@Test
	void readsRawPointsForShortRangesAndFineIntervals() {
		assertThat(SeriesSource.choose(InfluxSchema.ENVIRONMENT, InfluxSchema.CO2_PPM, Aggregation.MEAN,
				window(Duration.ofDays(2), Interval.H1), LIMITS))
			.isEqualTo(new SeriesSource("raw", "mean", "co2_ppm"));
		assertThat(SeriesSource
			.choose(InfluxSchema.ENVIRONMENT, InfluxSchema.CO2_PPM, Aggregation.MEAN,
					window(Duration.ofDays(30), Interval.M30), LIMITS)
			.retentionPolicy()).isEqualTo("raw");
	}

	@Test
	void sumsCountsAndAveragesMeasuresByDefault() {
		assertThat(SeriesSource.defaultAggregation(InfluxSchema.TRAFFIC, InfluxSchema.COUNT))
			.isEqualTo(Aggregation.SUM);
		assertThat(SeriesSource.defaultAggregation(InfluxSchema.TRAFFIC, InfluxSchema.AVG_SPEED_KMH))
			.isEqualTo(Aggregation.MEAN);
		assertThat(SeriesSource.defaultAggregation(InfluxSchema.PARKING, InfluxSchema.OCCUPIED))
			.isEqualTo(Aggregation.MEAN);
		assertThat(new SeriesSource("raw", "mean", "co2_ppm").expression()).isEqualTo("mean(\"co2_ppm\")");
	}

}
