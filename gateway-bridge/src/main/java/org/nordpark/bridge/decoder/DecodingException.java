package org.nordpark.bridge.decoder;

/**
 * A payload that cannot be decoded: too short, wrong length, unknown frame or an
 * impossible value. The message is a one-line reason suitable for a dead letter.
 */
public class DecodingException extends RuntimeException {

	public DecodingException(String reason) {
		super(reason);
	}

}
