package org.nordpark.api.sta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.sta.filter.FilterEvaluator;
import org.nordpark.api.sta.filter.FilterException;
import org.nordpark.api.sta.filter.FilterParser;
import org.nordpark.api.system.problem.ProblemType;

import org.springframework.stereotype.Component;

/**
 * Applies {@code $filter}, {@code $orderby}, {@code $count}, {@code $skip} and
 * {@code $top} to a collection: in memory for the entities of the model (a few thousand
 * at most), through {@link ObservationQuery} for Observations.
 */
@Component
class CollectionQuery {

	private final ObservationQuery observations;

	private final StaProperties properties;

	CollectionQuery(ObservationQuery observations, StaProperties properties) {
		this.observations = observations;
		this.properties = properties;
	}

	/**
	 * The page size for a requested {@code $top}: the default when none, at most the
	 * maximum.
	 */
	long pageSize(@Nullable Integer top) {
		return (top == null) ? this.properties.defaultTop() : Math.min(top, this.properties.maxTop());
	}

	Page page(Target.Many many, QueryOptions options, StaModel model, String parameterPrefix) {
		long top = pageSize(options.top());
		if (options.filter() != null) {
			FilterValidator.check(options.filter(), many.type(), parameterPrefix + "$filter");
		}
		options.orderBy()
			.forEach((order) -> FilterValidator.check(order.expression(), many.type(), parameterPrefix + "$orderby"));
		if (many.type() == EntityType.OBSERVATION) {
			return this.observations.page(many.datastreams(), options, top, model, parameterPrefix);
		}
		try {
			List<StaEntity> list = new ArrayList<>(many.entities());
			if (options.filter() != null) {
				list.removeIf((e) -> !FilterEvaluator.matches(options.filter(), new EntityResolver(model, e)));
			}
			if (!options.orderBy().isEmpty()) {
				list.sort(comparator(options.orderBy(), model));
			}
			int from = (int) Math.min(list.size(), options.skip());
			int to = (int) Math.min(list.size(), from + top);
			return new Page(List.copyOf(list.subList(from, to)), options.count() ? (long) list.size() : null, top,
					options.skip(), to < list.size());
		}
		catch (FilterException ex) {
			throw new StaException(ProblemType.INVALID_PARAMETER, parameterPrefix + ex.getMessage(), null,
					ex.position());
		}
	}

	private static Comparator<StaEntity> comparator(List<FilterParser.Order> orders, StaModel model) {
		Comparator<StaEntity> comparator = null;
		for (FilterParser.Order order : orders) {
			Comparator<StaEntity> one = (a, b) -> {
				Object x = FilterEvaluator.value(order.expression(), new EntityResolver(model, a));
				Object y = FilterEvaluator.value(order.expression(), new EntityResolver(model, b));
				if (x == null || y == null) {
					return (x == null) ? ((y == null) ? 0 : -1) : 1;
				}
				return FilterEvaluator.order(x, y, order.expression().position());
			};
			if (order.descending()) {
				one = one.reversed();
			}
			comparator = (comparator == null) ? one : comparator.thenComparing(one);
		}
		return comparator.thenComparing(StaEntity::id);
	}

}
