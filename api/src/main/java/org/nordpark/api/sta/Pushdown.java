package org.nordpark.api.sta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.sta.filter.Expr;

/**
 * The part of an Observations {@code $filter} that InfluxDB answers: top-level
 * {@code and}-ed comparisons of {@code phenomenonTime}/{@code resultTime} with a time, of
 * {@code result} with a number, and {@code Datastream/@iot.id eq n}. The rest stays a
 * residual filter, evaluated on the points read.
 *
 * @param conditions comparisons pushed down
 * @param datastreamIds Datastreams the filter restricts to, or null
 * @param related the conjuncts that only look at the Observation's Datastream or
 * FeatureOfInterest (e.g. {@code Datastream/ObservedProperty/name eq 'CO2'}), decided
 * once per Datastream instead of per point; or null
 * @param residual what is left, or null
 */
record Pushdown(List<Condition> conditions, @Nullable Set<Long> datastreamIds, @Nullable Expr related,
		@Nullable Expr residual) {

	static final Pushdown NONE = new Pushdown(List.of(), null, null, null);

	private static final Set<String> RELATED = Set.of("Datastream", "FeatureOfInterest");

	private static final Map<String, String> OPERATORS = Map.of("eq", "=", "ne", "!=", "gt", ">", "ge", ">=", "lt", "<",
			"le", "<=");

	private static final Map<String, String> MIRRORED = Map.of("eq", "eq", "ne", "ne", "gt", "lt", "ge", "le", "lt",
			"gt", "le", "ge");

	static Pushdown of(@Nullable Expr filter) {
		if (filter == null) {
			return NONE;
		}
		List<Expr> conjuncts = new ArrayList<>();
		flatten(filter, conjuncts);
		List<Condition> conditions = new ArrayList<>();
		Set<Long> datastreams = null;
		Expr related = null;
		Expr residual = null;
		for (Expr conjunct : conjuncts) {
			Condition condition = condition(conjunct);
			Long datastream = (condition == null) ? datastreamId(conjunct) : null;
			if (condition != null) {
				conditions.add(condition);
			}
			else if (datastream != null) {
				datastreams = (datastreams == null) ? Set.of(datastream)
						: (datastreams.contains(datastream) ? Set.of(datastream) : Set.of());
			}
			else if (onlyRelated(conjunct)) {
				related = (related == null) ? conjunct : new Expr.Binary("and", related, conjunct, conjunct.position());
			}
			else {
				residual = (residual == null) ? conjunct
						: new Expr.Binary("and", residual, conjunct, conjunct.position());
			}
		}
		return new Pushdown(List.copyOf(conditions), datastreams, related, residual);
	}

	/** This with one more condition. */
	Pushdown with(Condition condition) {
		List<Condition> all = new ArrayList<>(this.conditions);
		all.add(condition);
		return new Pushdown(List.copyOf(all), this.datastreamIds, this.related, this.residual);
	}

	/**
	 * Whether every property path of an expression (and there is one) starts at the
	 * Datastream or FeatureOfInterest.
	 */
	private static boolean onlyRelated(Expr expr) {
		List<Expr.Path> paths = new ArrayList<>();
		paths(expr, paths);
		return !paths.isEmpty()
				&& paths.stream().allMatch((p) -> p.segments().size() > 1 && RELATED.contains(p.segments().get(0)));
	}

	private static void paths(Expr expr, List<Expr.Path> out) {
		if (expr instanceof Expr.Path path) {
			out.add(path);
		}
		else if (expr instanceof Expr.Unary unary) {
			paths(unary.operand(), out);
		}
		else if (expr instanceof Expr.Binary binary) {
			paths(binary.left(), out);
			paths(binary.right(), out);
		}
		else if (expr instanceof Expr.Call call) {
			call.arguments().forEach((argument) -> paths(argument, out));
		}
	}

	private static void flatten(Expr expr, List<Expr> out) {
		if (expr instanceof Expr.Binary binary && binary.operator().equals("and")) {
			flatten(binary.left(), out);
			flatten(binary.right(), out);
		}
		else {
			out.add(expr);
		}
	}

	private static @Nullable Condition condition(Expr expr) {
		if (!(expr instanceof Expr.Binary binary) || !OPERATORS.containsKey(binary.operator())) {
			return null;
		}
		String op = binary.operator();
		Expr path = binary.left();
		Expr literal = binary.right();
		if (binary.left() instanceof Expr.Literal && binary.right() instanceof Expr.Path) {
			path = binary.right();
			literal = binary.left();
			op = MIRRORED.get(op);
		}
		if (!(path instanceof Expr.Path p) || !(literal instanceof Expr.Literal l) || p.segments().size() != 1) {
			return null;
		}
		String property = p.segments().get(0);
		if ((property.equals("phenomenonTime") || property.equals("resultTime")) && l.value() instanceof Instant t
				&& !op.equals("ne")) {
			return new Condition(true, OPERATORS.get(op), t);
		}
		if (property.equals("result") && l.value() instanceof Number n) {
			return new Condition(false, OPERATORS.get(op), n);
		}
		return null;
	}

	private static @Nullable Long datastreamId(Expr expr) {
		if (expr instanceof Expr.Binary binary && binary.operator().equals("eq") && binary.left() instanceof Expr.Path p
				&& binary.right() instanceof Expr.Literal l && l.value() instanceof Long id && p.segments().size() == 2
				&& p.segments().get(0).equals("Datastream")
				&& (p.segments().get(1).equals("@iot.id") || p.segments().get(1).equals("id"))) {
			return id;
		}
		return null;
	}

	/**
	 * One comparison for the InfluxQL WHERE clause.
	 *
	 * @param time whether it compares the time (else the field)
	 * @param operator the InfluxQL operator
	 * @param value an {@link Instant} or a number, bound as a parameter
	 */
	record Condition(boolean time, String operator, Object value) {

	}

}
