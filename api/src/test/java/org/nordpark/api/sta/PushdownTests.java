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
		Pushdown related = Pushdown.of(FilterParser.parse("Datastream/ObservedProperty/name eq 'CO2'"
				+ " and startswith(FeatureOfInterest/name, 'P') and result gt 1 and Datastream/name eq name"));
		assertThat(related.related()).isNotNull();
		// a conjunct that also looks at the Observation itself stays residual
		assertThat(related.residual()).isInstanceOf(org.nordpark.api.sta.filter.Expr.Binary.class);
		assertThat(((org.nordpark.api.sta.filter.Expr.Binary) related.residual()).operator()).isEqualTo("eq");
		assertThat(
				Pushdown.of(FilterParser.parse("Datastream/@iot.id eq 1 and Datastream/@iot.id eq 2")).datastreamIds())
			.isEmpty();
	}

}
