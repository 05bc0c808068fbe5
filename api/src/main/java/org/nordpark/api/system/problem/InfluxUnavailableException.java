package org.nordpark.api.system.problem;

/** InfluxDB did not answer or answered with an error (503). */
public class InfluxUnavailableException extends RuntimeException {

	public InfluxUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	public InfluxUnavailableException(String message) {
		super(message);
	}

}
