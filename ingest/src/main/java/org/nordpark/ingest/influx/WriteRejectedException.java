package org.nordpark.ingest.influx;

import java.io.IOException;

/**
 * InfluxDB refused a write request as bad (HTTP 400, 413 or 422): a partial write, a
 * field type conflict, points beyond the retention policy, an unparsable line or a body
 * too large. Retrying the same request cannot help; splitting it can. An
 * {@link IOException} so it passes through the HTTP client unchanged.
 */
class WriteRejectedException extends IOException {

	private final int status;

	WriteRejectedException(int status, String reason) {
		super(reason);
		this.status = status;
	}

	/** The HTTP status. */
	int status() {
		return this.status;
	}

}
