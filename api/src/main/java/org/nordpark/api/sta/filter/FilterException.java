package org.nordpark.api.sta.filter;

/**
 * A {@code $filter} (or {@code $orderby}) that cannot be parsed or evaluated; names the
 * problem and its 1-based character position in the expression.
 */
public class FilterException extends RuntimeException {

	private final int position;

	public FilterException(String message, int position) {
		super(message + " at position " + position);
		this.position = position;
	}

	/** The 1-based character position of the problem. */
	public int position() {
		return this.position;
	}

}
