package org.nordpark.dashboards;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof test reads the tag keys a panel query groups by from its outermost GROUP BY.
 */
class PanelResultsTests {

	@Test
	void groupByTagsAreThoseOfTheOuterQuery() {
		assertThat(PanelResults.groupByTags(
				"SELECT mean(\"x\") FROM \"raw\".\"m\" WHERE $timeFilter GROUP BY time($__interval), \"sensor_id\", \"zone\" fill(none)"))
			.containsExactly("sensor_id", "zone");
		assertThat(PanelResults.groupByTags(
				"SELECT count(\"u\") FROM (SELECT count(\"f_cnt\") AS \"u\" FROM \"raw\".\"link\" GROUP BY \"sensor_id\")"))
			.isEmpty();
		assertThat(PanelResults.groupByTags("SELECT sum(\"count\") FROM \"hourly\".\"traffic\" WHERE $timeFilter"
				+ " GROUP BY time(1d), \"class\" fill(none) tz('Europe/Berlin')"))
			.containsExactly("class");
		assertThat(PanelResults.groupByTags("SELECT x FROM (SELECT y GROUP BY \"a\") WHERE \"c\" = 0"
				+ " GROUP BY \"sensor_id\", \"zone\" ORDER BY time DESC"))
			.containsExactly("sensor_id", "zone");
	}

}
