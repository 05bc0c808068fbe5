package org.nordpark.api.sta;

import org.nordpark.api.sta.filter.Expr;
import org.nordpark.api.system.problem.ProblemType;

/**
 * Checks every property path of a {@code $filter} or {@code $orderby} against the entity
 * type before anything is evaluated, so a misspelt property is a 400 even when no entity
 * would reach it.
 */
final class FilterValidator {

	private FilterValidator() {
	}

	static void check(Expr expr, EntityType type, String parameter) {
		if (expr instanceof Expr.Path path) {
			checkPath(path, type, parameter);
		}
		else if (expr instanceof Expr.Unary unary) {
			check(unary.operand(), type, parameter);
		}
		else if (expr instanceof Expr.Binary binary) {
			check(binary.left(), type, parameter);
			check(binary.right(), type, parameter);
		}
		else if (expr instanceof Expr.Call call) {
			call.arguments().forEach((argument) -> check(argument, type, parameter));
		}
	}

	private static void checkPath(Expr.Path path, EntityType type, String parameter) {
		EntityType current = type;
		for (int i = 0; i < path.segments().size(); i++) {
			String segment = path.segments().get(i);
			boolean last = i == path.segments().size() - 1;
			if (segment.equals("@iot.id") || segment.equals("id")) {
				if (!last) {
					throw error(parameter, "@iot.id has no members", path.position());
				}
				return;
			}
			EntityType.Navigation navigation = current.navigation().get(segment);
			if (navigation != null) {
				if (navigation.many()) {
					throw error(parameter, "'" + segment + "' of " + current.singular()
							+ " is a set; filter on the entities of that set instead", path.position());
				}
				if (last) {
					throw error(parameter, "a property of " + segment + " is needed after '" + segment + "'",
							path.position());
				}
				current = navigation.target();
				continue;
			}
			if (!current.properties().contains(segment)) {
				throw error(parameter, "'" + segment + "' is not a property of " + current.singular(), path.position());
			}
			return;
		}
	}

	private static StaException error(String parameter, String message, int position) {
		return new StaException(ProblemType.INVALID_PARAMETER, parameter + ": " + message + " at position " + position,
				parameter, position);
	}

}
