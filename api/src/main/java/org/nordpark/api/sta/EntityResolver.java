package org.nordpark.api.sta;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.sta.filter.Expr;
import org.nordpark.api.sta.filter.FilterEvaluator;
import org.nordpark.api.sta.filter.FilterException;

/**
 * Resolves {@code $filter} and {@code $orderby} paths on one entity: its properties (and
 * members of object properties such as {@code properties/zone}), {@code @iot.id}, and
 * single-valued navigation such as {@code Datastream/Thing/name}.
 */
record EntityResolver(StaModel model, StaEntity entity) implements FilterEvaluator.Resolver {

	@Override
	public @Nullable Object resolve(Expr.Path path) {
		List<String> segments = path.segments();
		StaEntity current = this.entity;
		int i = 0;
		while (true) {
			String segment = segments.get(i);
			boolean last = i == segments.size() - 1;
			if (segment.equals("@iot.id") || segment.equals("id")) {
				if (!last) {
					throw new FilterException("@iot.id has no members", path.position());
				}
				return current.id();
			}
			EntityType.Navigation navigation = current.type().navigation().get(segment);
			if (navigation != null) {
				if (navigation.many()) {
					throw new FilterException("'" + segment + "' of " + current.type().singular()
							+ " is a set; filter on the entities of that set instead", path.position());
				}
				if (last) {
					throw new FilterException("a property of " + segment + " is needed after '" + segment + "'",
							path.position());
				}
				List<Long> ids = current.related(segment);
				StaEntity next = ids.isEmpty() ? null : this.model.find(navigation.target(), ids.get(0)).orElse(null);
				if (next == null) {
					return null;
				}
				current = next;
				i++;
				continue;
			}
			if (!current.type().properties().contains(segment)) {
				throw new FilterException("'" + segment + "' is not a property of " + current.type().singular(),
						path.position());
			}
			Object value = current.properties().get(segment);
			for (i++; i < segments.size(); i++) {
				if (!(value instanceof Map<?, ?> map)) {
					return null;
				}
				value = map.get(segments.get(i));
			}
			return value;
		}
	}

}
