package org.nordpark.api.system.problem;

/**
 * The text of a request parameter is not a value of its type; the message says what is
 * accepted (e.g. {@code must be one of 1m, 5m}) and becomes the parameter's error in the
 * 400 answer, after the offending text.
 */
public class ParameterValueException extends IllegalArgumentException {

	public ParameterValueException(String message) {
		super(message);
	}

}
