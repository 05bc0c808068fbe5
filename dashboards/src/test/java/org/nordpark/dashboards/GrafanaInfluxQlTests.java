package org.nordpark.dashboards;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The expansion the proof test relies on behaves like Grafana's InfluxDB datasource.
 */
class GrafanaInfluxQlTests {

	private static final Instant NOW = Instant.parse("2025-03-12T18:00:00Z");

	private static final TimeRange LAST_DAY = TimeRange.of("now-24h", "now", NOW);

	private static final GrafanaInterval INTERVAL = GrafanaInterval.calculate(LAST_DAY, 1000, "");

	private static final VariableValue ZONES = new VariableValue("zone", List.of("P1", "P2", "am-nordpark"), true, ".*",
			true, true);

	@Test
	void timeFilterBecomesEpochMillisecondBounds() {
		assertThat(expand("SELECT 1 WHERE $timeFilter AND $__timeFilter", Map.of()))
			.isEqualTo("SELECT 1 WHERE time >= 1741716000000ms and time <= 1741802400000ms AND time >= 1741716000000ms"
					+ " and time <= 1741802400000ms");
	}

	@Test
	void intervalIsTheRangePerDataPointRoundedAndNeverBelowTheMinimum() {
		// 24 h / 1000 points = 86.4 s -> 1m; 1 y / 1000 = 8.76 h -> 6h
		assertThat(expand("time($__interval) $interval $__interval_ms", Map.of())).isEqualTo("time(1m) 1m 60000");
		assertThat(GrafanaInterval.calculate(LAST_DAY, 1000, "15m").text()).isEqualTo("15m");
		assertThat(GrafanaInterval.calculate(TimeRange.of("now-7d", "now", NOW), 1000, "").text()).isEqualTo("10m");
		assertThat(GrafanaInterval.calculate(TimeRange.of("now-30d", "now", NOW), 1000, "").text()).isEqualTo("30m");
		assertThat(GrafanaInterval.calculate(TimeRange.of("now-1y", "now", NOW), 1000, "").text()).isEqualTo("6h");
	}

	@Test
	void allWithACustomAllValueIsInsertedUnescaped() {
		assertThat(expand("\"zone\" =~ /^$zone$/", Map.of("zone", ZONES))).isEqualTo("\"zone\" =~ /^.*$/");
	}

	@Test
	void severalValuesBecomeARegexAlternationOfEscapedValues() {
		VariableValue two = new VariableValue("zone", List.of("P1", "a.b"), false, ".*", true, true);
		assertThat(expand("\"zone\" =~ /^$zone$/", Map.of("zone", two))).isEqualTo("\"zone\" =~ /^(P1|a\\.b)$/");
		assertThat(expand("\"zone\" =~ /^${zone}$/", Map.of("zone", ZONES.selecting("a/b"))))
			.isEqualTo("\"zone\" =~ /^a\\/b$/");
	}

	@Test
	void singleValueVariablesAreEscapedOnlyInsideARegex() {
		VariableValue rp = VariableValue.single("rp", "raw.x");
		assertThat(expand("FROM \"$rp\".\"parking\" WHERE \"a\" =~ /^[[rp]]$/", Map.of("rp", rp)))
			.isEqualTo("FROM \"raw.x\".\"parking\" WHERE \"a\" =~ /^raw\\.x$/");
	}

	@Test
	void rawFormatInsertsTheValueAsItIs() {
		VariableValue roads = VariableValue.single("roads", "hwa|am-nordpark");
		assertThat(expand("\"zone\" =~ /^(${roads:raw})$/", Map.of("roads", roads)))
			.isEqualTo("\"zone\" =~ /^(hwa|am-nordpark)$/");
	}

	@Test
	void unknownVariablesAreReported() {
		assertThatIllegalArgumentException().isThrownBy(() -> expand("WHERE \"zone\" =~ /^$zonee$/", Map.of()))
			.withMessageContaining("$zonee");
	}

	private static String expand(String query, Map<String, VariableValue> variables) {
		return GrafanaInfluxQl.expand(query, variables, LAST_DAY, INTERVAL);
	}

}
