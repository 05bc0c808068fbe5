package org.nordpark.ingest.point;

/**
 * A reading that is valid JSON but does not fit the InfluxDB schema, e.g. a value whose
 * field the schema does not know. The message is a one-line reason for the dead letter.
 */
public class UnmappableReadingException extends RuntimeException {

	UnmappableReadingException(String reason) {
		super(reason, null, false, false);
	}

}
