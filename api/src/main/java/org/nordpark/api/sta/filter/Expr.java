package org.nordpark.api.sta.filter;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A parsed {@code $filter} expression. */
public sealed interface Expr {

	/** 1-based position of the expression in the filter text. */
	int position();

	/**
	 * A literal: a {@link Long}, {@link Double}, {@link String}, {@link Boolean},
	 * {@link java.time.Instant}, {@link java.time.Duration}, JTS geometry, or null.
	 *
	 * @param value the value
	 * @param position where it starts
	 */
	record Literal(@Nullable Object value, int position) implements Expr {

	}

	/**
	 * A property path such as {@code result} or {@code Datastream/Thing/name}.
	 *
	 * @param segments the path segments
	 * @param position where it starts
	 */
	record Path(List<String> segments, int position) implements Expr {

		public String text() {
			return String.join("/", this.segments);
		}

	}

	/**
	 * {@code not} or unary minus.
	 *
	 * @param operator {@code not} or {@code -}
	 * @param operand the operand
	 * @param position where it starts
	 */
	record Unary(String operator, Expr operand, int position) implements Expr {

	}

	/**
	 * A logical, comparison or arithmetic operator.
	 *
	 * @param operator e.g. {@code and}, {@code eq}, {@code add}
	 * @param left the left operand
	 * @param right the right operand
	 * @param position where the operator is
	 */
	record Binary(String operator, Expr left, Expr right, int position) implements Expr {

	}

	/**
	 * A function call.
	 *
	 * @param name the function name, lower case, e.g. {@code geo.intersects}
	 * @param arguments the arguments
	 * @param position where the name is
	 */
	record Call(String name, List<Expr> arguments, int position) implements Expr {

	}

}
