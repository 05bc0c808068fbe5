package org.nordpark.bridge.chirpstack;

/**
 * An event that cannot be parsed or lacks a required field; the message is a one-line
 * reason naming the field.
 */
public class MalformedEventException extends RuntimeException {

	public MalformedEventException(String reason) {
		super(reason);
	}

	public MalformedEventException(String reason, Throwable cause) {
		super(reason, cause);
	}

}
