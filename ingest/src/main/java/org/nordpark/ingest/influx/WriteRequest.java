package org.nordpark.ingest.influx;

import java.util.List;

/**
 * One reading's points handed to the {@link BatchWriter}, with what to do once the
 * outcome is known. Exactly one of {@link #written()}, {@link #rejected(String)} or
 * {@link #dropped()} is called. A request is written even when the connection its message
 * came on is gone: writes are idempotent, and after a broker crash nobody may deliver the
 * message again.
 */
public interface WriteRequest {

	/** The points in line protocol, nanosecond precision. */
	List<String> lines();

	/** The time of the points (the reading's time), in epoch nanoseconds. */
	long time();

	/** The points are stored. */
	void written();

	/** InfluxDB refused this reading's points; the reason is one line. */
	void rejected(String reason);

	/**
	 * Given up without an outcome, only when the writer stops before InfluxDB answered:
	 * do not acknowledge.
	 */
	void dropped();

}
