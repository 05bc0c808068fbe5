package org.nordpark.api.sta.filter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterParserTests {

	private static final Map<String, Object> ENTITY = Map.of("result", 12L, "name", "Park air 1", "time",
			Instant.parse("2025-03-12T17:30:00Z"), "location",
			Map.of("type", "Point", "coordinates", List.of(6.387, 51.173)));

	@Test
	void bindsAndTighterThanOrAndArithmeticTighterThanComparison() {
		Expr expr = FilterParser.parse("result gt 1 or result lt 0 and name eq 'x'");
		assertThat(expr).isInstanceOf(Expr.Binary.class);
		assertThat(((Expr.Binary) expr).operator()).isEqualTo("or");
		assertThat(eval("result add 2 mul 3 eq 18")).isEqualTo(true);
		assertThat(eval("(result add 2) mul 3 eq 42")).isEqualTo(true);
		assertThat(eval("result div 5 eq 2.4 and result mod 5 eq 2 and result sub -3 eq 15")).isEqualTo(true);
		assertThat(eval("not (result eq 12)")).isEqualTo(false);
	}

	@Test
	void readsLiteralsOfEveryType() {
		assertThat(literal("2025-03-12T17:30:00+01:00")).isEqualTo(Instant.parse("2025-03-12T16:30:00Z"));
		assertThat(literal("2025-03-12")).isEqualTo(Instant.parse("2025-03-12T00:00:00Z"));
		assertThat(literal("duration'PT1H'")).isEqualTo(Duration.ofHours(1));
		assertThat(literal("geography'POINT(6.38 51.17)'")).isInstanceOf(Geometry.class);
		assertThat(literal("'it''s'")).isEqualTo("it's");
		assertThat(literal("-1.5e2")).isEqualTo(-150.0);
		assertThat(literal("42")).isEqualTo(42L);
		assertThat(literal("null")).isNull();
		assertThat(literal("true")).isEqualTo(true);
	}

	@Test
	void evaluatesStringDateAndGeoFunctions() {
		assertThat(eval("substringof('air', name) and startswith(name, 'Park') and endswith(name, '1')"))
			.isEqualTo(true);
		assertThat(eval("toupper(substring(name, 5, 3)) eq 'AIR' and indexof(name, 'air') eq 5")).isEqualTo(true);
		assertThat(eval("year(time) eq 2025 and month(time) eq 3 and day(time) eq 12 and hour(time) eq 17"))
			.isEqualTo(true);
		assertThat(eval("time sub duration'PT30M' eq 2025-03-12T17:00:00Z")).isEqualTo(true);
		assertThat(eval("geo.intersects(location, geography'POLYGON((6 51, 7 51, 7 52, 6 52, 6 51))')"))
			.isEqualTo(true);
		assertThat(eval("st_within(location, geography'POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))')")).isEqualTo(false);
		assertThat(eval("name eq null")).isEqualTo(false);
		assertThat(eval("missing eq null")).isEqualTo(true);
		assertThat(eval("missing gt 3")).isEqualTo(false);
	}

	@Test
	void namesTheProblemAndItsPosition() {
		assertError("result eq", "expression expected but the filter ends", 10);
		assertError("result eq 1 and and", "operand expected, found the operator 'and'", 17);
		assertError("name eq 'open", "string not closed", 9);
		assertError("nosuch(name)", "unknown function 'nosuch'", 1);
		assertError("(result eq 1", "')' expected but the expression ends", 13);
		assertError("result eq 1 result", "unexpected 'result'", 13);
		assertError("result eq 2025-13-45", "'2025-13-45' is not a valid date or time", 11);
		assertError("x eq geography'POINT(1)'", "is not valid WKT", 6);
		assertError("result # 1", "unexpected '#'", 8);
		assertError("result gt 1e400", "number '1e400' is out of range", 11);
		assertError("(".repeat(100) + "1", "nested more than 64 levels deep", 65);
	}

	@Test
	void readsOrderByLists() {
		List<FilterParser.Order> orders = FilterParser.parseOrderBy("phenomenonTime desc, name");
		assertThat(orders).hasSize(2);
		assertThat(orders.get(0).descending()).isTrue();
		assertThat(((Expr.Path) orders.get(1).expression()).text()).isEqualTo("name");
		assertThatThrownBy(() -> FilterParser.parseOrderBy("name sideways")).isInstanceOf(FilterException.class)
			.hasMessageContaining("expected ',', asc or desc");
	}

	private static Object eval(String filter) {
		return FilterEvaluator.value(FilterParser.parse(filter), (path) -> ENTITY.get(path.text()));
	}

	private static Object literal(String text) {
		return ((Expr.Literal) FilterParser.parse(text)).value();
	}

	private static void assertError(String filter, String message, int position) {
		assertThatThrownBy(() -> FilterParser.parse(filter)).isInstanceOfSatisfying(FilterException.class, (ex) -> {
			assertThat(ex.getMessage()).contains(message);
			assertThat(ex.position()).isEqualTo(position);
		});
	}

}
