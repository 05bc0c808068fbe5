package org.nordpark.api.query;

import java.util.Optional;

import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.model.InfluxSchema.Rollup;
import org.nordpark.model.InfluxSchema;

/**
 * Where a series is read from: the raw points, or for long ranges the hourly rollups of
 * {@link InfluxSchema#rollups(Measurement)} when one of them answers the aggregation
 * exactly (mean of hourly means, max of hourly maxima, sum of hourly sums or counts).
 *
 * @param retentionPolicy {@code raw} or {@code hourly}
 * @param function the InfluxQL function
 * @param column the field read in that retention policy
 */
public record SeriesSource(String retentionPolicy, String function, String column) {

	/** The InfluxQL select expression, e.g. {@code mean("co2_ppm")}. */
	public String expression() {
		return this.function + "(\"" + this.column + "\")";
	}

	/** Chooses the source for one field and aggregation over a window. */
	public static SeriesSource choose(Measurement measurement, String field, Aggregation agg, SeriesWindow window,
			QueryProperties limits) {
		if (window.every().atLeastHourly() && window.range().span().compareTo(limits.hourlyAfter()) > 0) {
			Optional<SeriesSource> hourly = hourly(measurement, field, agg);
			if (hourly.isPresent()) {
				return hourly.get();
			}
		}
		return new SeriesSource(InfluxSchema.RP_RAW, agg.id(), field);
	}

	/** The hourly rollup that answers an aggregation of a raw field, if any. */
	static Optional<SeriesSource> hourly(Measurement measurement, String field, Aggregation agg) {
		for (Rollup rollup : InfluxSchema.rollups(measurement)) {
			if (!rollup.source().equals(field)) {
				continue;
			}
			InfluxSchema.Aggregate kind = rollup.aggregate();
			String function = switch (agg) {
				case MEAN -> (kind == InfluxSchema.Aggregate.MEAN) ? "mean" : null;
				case MAX -> (kind == InfluxSchema.Aggregate.MAX) ? "max" : null;
				case SUM -> (kind == InfluxSchema.Aggregate.SUM) ? "sum" : null;
				case COUNT -> (kind == InfluxSchema.Aggregate.COUNT) ? "sum" : null;
				default -> null;
			};
			if (function != null) {
				return Optional.of(new SeriesSource(InfluxSchema.RP_HOURLY, function, rollup.target()));
			}
		}
		return Optional.empty();
	}

	/** The aggregation used when none is given: sum for counts, else mean. */
	public static Aggregation defaultAggregation(Measurement measurement, String field) {
		return InfluxSchema.rollups(measurement)
			.stream()
			.anyMatch((r) -> r.source().equals(field) && r.aggregate() == InfluxSchema.Aggregate.SUM) ? Aggregation.SUM
					: Aggregation.MEAN;
	}

}
