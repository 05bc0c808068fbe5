package org.nordpark.api.sta;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.api.sta.filter.Expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryOptionsParserTests {

	@Test
	void readsNestedExpandsWithTheirOwnOptions() {
		QueryOptions options = parse("$expand",
				"Datastreams($filter=name eq 'a;b';$top=2;$expand=Observations($orderby=phenomenonTime desc;$top=1)),"
						+ "Locations,Datastreams/Sensor");
		assertThat(options.expand()).hasSize(3);
		QueryOptions.Expand datastreams = options.expand().get(0);
		assertThat(datastreams.navigation()).isEqualTo("Datastreams");
		assertThat(datastreams.options().top()).isEqualTo(2);
		assertThat(((Expr.Binary) datastreams.options().filter()).right()).isEqualTo(new Expr.Literal("a;b", 9));
		QueryOptions.Expand observations = datastreams.options().expand().get(0);
		assertThat(observations.options().top()).isEqualTo(1);
		assertThat(observations.options().orderBy().get(0).descending()).isTrue();
		QueryOptions.Expand path = options.expand().get(2);
		assertThat(path.navigation()).isEqualTo("Datastreams");
		assertThat(path.options().expand().get(0).navigation()).isEqualTo("Sensor");
	}

	@Test
	void readsSelectTopSkipCountAndResultFormat() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("$select", "@iot.id, result");
		parameters.put("$top", "10");
		parameters.put("$skip", "20");
		parameters.put("$count", "true");
		parameters.put("$resultFormat", "dataArray");
		parameters.put("format", "ignored");
		QueryOptions options = QueryOptionsParser.parse(parameters);
		assertThat(options.select()).containsExactly("id", "result");
		assertThat(options.top()).isEqualTo(10);
		assertThat(options.skip()).isEqualTo(20);
		assertThat(options.count()).isTrue();
		assertThat(options.dataArray()).isTrue();
	}

	@Test
	void namesTheBadOptionAndThePositionInTheNestedFilter() {
		assertThatThrownBy(() -> parse("$expand", "Datastreams($filter=name eq)"))
			.isInstanceOfSatisfying(StaException.class, (ex) -> {
				assertThat(ex.parameter()).isEqualTo("$expand(Datastreams)/$filter");
				assertThat(ex.position()).isEqualTo(8);
			});
		assertThatThrownBy(() -> parse("$expand", "Datastreams($top=1")).isInstanceOf(StaException.class)
			.hasMessageContaining("not closed");
		assertThatThrownBy(() -> parse("$top", "ten")).isInstanceOf(StaException.class)
			.hasMessageContaining("$top must be a non-negative integer");
		assertThatThrownBy(() -> parse("$search", "x")).isInstanceOf(StaException.class)
			.hasMessageContaining("unknown query option $search");
	}

	private static QueryOptions parse(String name, String value) {
		return QueryOptionsParser.parse(Map.of(name, value));
	}

}
