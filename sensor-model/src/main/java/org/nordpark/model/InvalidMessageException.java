package org.nordpark.model;

/**
 * A message that does not satisfy its contract. The message is a one-line reason fit for
 * a dead letter, e.g. {@code invalid reading: uplinkId is required}.
 */
public class InvalidMessageException extends RuntimeException {

	public InvalidMessageException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
