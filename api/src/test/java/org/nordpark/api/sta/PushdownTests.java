package org.nordpark.api.sta;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nordpark.api.sta.filter.FilterParser;

import static org.assertj.core.api.Assertions.assertThat;

class PushdownTests {

	@Test
	void pushesTopLevelTimeResultAndDatastreamConditionsDown() {
		Pushdown pushdown = Pushdown.of(FilterParser.parse("phenomenonTime ge 2025-03-01T00:00:00Z and 5 lt result"
				+ " and Datastream/@iot.id eq 7 and resultTime lt 2025-03-02T00:00:00Z"));
		assertThat(pushdown.conditions()).containsExactly(
				new Pushdown.Condition(true, ">=", Instant.parse("2025-03-01T00:00:00Z")),
				new Pushdown.Condition(false, ">", 5L),
				new Pushdown.Condition(true, "<", Instant.parse("2025-03-02T00:00:00Z")));
		assertThat(pushdown.datastreamIds()).isEqualTo(Set.of(7L));
		assertThat(pushdown.residual()).isNull();
	}

	@Test
	void keepsWhatInfluxDbCannotAnswerAsResidual() {
		Pushdown pushdown = Pushdown.of(FilterParser.parse(
				"phenomenonTime gt 2025-03-01T00:00:00Z and (result gt 1 or result lt 0) and hour(phenomenonTime) eq 3"
						+ " and phenomenonTime ne 2025-03-01T01:00:00Z"));
		assertThat(pushdown.conditions()).hasSize(1);
		assertThat(pushdown.residual()).isNotNull();
		assertThat(
				Pushdown.of(FilterParser.parse("Datastream/@iot.id eq 1 and Datastream/@iot.id eq 2")).datastreamIds())
			.isEmpty();
	}

}
