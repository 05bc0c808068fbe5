package org.nordpark.dashboards;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.nordpark.model.InfluxSchema;
import org.nordpark.model.InfluxSchema.Measurement;

/**
 * The hourly rollups of {@link InfluxSchema#rollups(Measurement)} as explicit
 * {@code SELECT ... INTO} statements over a time range: the same statement body as
 * ingest's continuous queries ({@code GROUP BY time(1h), *} from {@code raw} into
 * {@code hourly}), run once to fill {@code hourly} for the test.
 */
final class HourlyRollups {

	private HourlyRollups() {
	}

	static List<String> statements(String database, Instant from, Instant to) {
		return InfluxSchema.rolledUp().stream().map((m) -> selectInto(database, m, from, to)).toList();
	}

	static String selectInto(String database, Measurement measurement, Instant from, Instant to) {
		String aggregates = InfluxSchema.rollups(measurement)
			.stream()
			.map((rollup) -> rollup.aggregate().function() + "(\"" + rollup.source() + "\") AS \"" + rollup.target()
					+ "\"")
			.collect(Collectors.joining(", "));
		return "SELECT " + aggregates + " INTO \"" + database + "\".\"" + InfluxSchema.RP_HOURLY + "\".\""
				+ measurement.name() + "\" FROM \"" + database + "\".\"" + InfluxSchema.RP_RAW + "\".\""
				+ measurement.name() + "\" WHERE time >= " + from.toEpochMilli() + "ms AND time < " + to.toEpochMilli()
				+ "ms GROUP BY time(1h), *";
	}

}
