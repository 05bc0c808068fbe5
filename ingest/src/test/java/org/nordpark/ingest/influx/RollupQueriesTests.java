package org.nordpark.ingest.influx;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.nordpark.model.InfluxSchema;

import static org.assertj.core.api.Assertions.assertThat;

class RollupQueriesTests {

	private final RollupQueries queries = new RollupQueries("nordpark", Duration.ofMinutes(15), Duration.ofHours(2));

	@Test
	void rollsParkingUpIntoTheHourlyOccupancyRate() {
		assertThat(this.queries.createContinuousQuery(InfluxSchema.PARKING))
			.isEqualTo("CREATE CONTINUOUS QUERY \"hourly_parking\" ON \"nordpark\" RESAMPLE EVERY 15m FOR 2h BEGIN"
					+ " SELECT mean(\"occupied\") AS \"occupied\" INTO \"nordpark\".\"hourly\".\"parking\""
					+ " FROM \"nordpark\".\"raw\".\"parking\" GROUP BY time(1h), * END");
	}

	@Test
	void sumsCountsAndKeepsMeanAndMaximumOfMeasures() {
		assertThat(this.queries.createContinuousQuery(InfluxSchema.TRAFFIC))
			.contains("SELECT sum(\"count\") AS \"count\", mean(\"avg_speed_kmh\") AS \"avg_speed_kmh\","
					+ " max(\"avg_speed_kmh\") AS \"avg_speed_kmh_max\" INTO");
	}

	@Test
	void countsUplinksFromTheFrameCounter() {
		assertThat(this.queries.createContinuousQuery(InfluxSchema.LINK)).contains("count(\"f_cnt\") AS \"uplinks\"");
	}

	@Test
	void limitsABackfillToTheGivenHours() {
		assertThat(this.queries.selectInto(InfluxSchema.BIN, Instant.parse("2026-01-01T10:00:00Z"),
				Instant.parse("2026-01-01T12:00:00Z")))
			.endsWith("FROM \"nordpark\".\"raw\".\"bin\" WHERE time >= '2026-01-01T10:00:00Z'"
					+ " AND time < '2026-01-01T12:00:00Z' GROUP BY time(1h), *");
	}

	@Test
	void quotesIdentifiersAndWritesDurationsInInfluxQl() {
		assertThat(InfluxQl.identifier("a\"b")).isEqualTo("\"a\\\"b\"");
		assertThat(InfluxQl.duration(Duration.ofDays(30))).isEqualTo("720h");
		assertThat(InfluxQl.duration(Duration.ofSeconds(90))).isEqualTo("90s");
		assertThat(InfluxQl.duration(Duration.ZERO)).isEqualTo("INF");
		assertThat(InfluxQl.parseShown("720h0m0s")).isEqualTo(Duration.ofDays(30));
		assertThat(InfluxQl.parseShown("0s")).isEqualTo(Duration.ZERO);
	}

}
