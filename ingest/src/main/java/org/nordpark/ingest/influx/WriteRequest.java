package org.nordpark.ingest.influx;

import java.util.List;

/**
 * One reading's points handed to the {@link BatchWriter}, with what to do once the
 * outcome is known. Exactly one of {@link #written()}, {@link #rejected(String)} or
 * {@link #dropped()} is called.
 */
public interface WriteRequest {

	/** The points in line protocol, nanosecond precision. */
	List<String> lines();

	/** The time of the points (the reading's time), in epoch nanoseconds. */
	long time();

	/**
	 * Whether writing is no longer worth anything to the sender, e.g. because the
	 * connection it would acknowledge on is gone and the message will come again.
	 */
	boolean isStale();

	/** The points are stored. */
	void written();

	/** InfluxDB refused this reading's points; the reason is one line. */
	void rejected(String reason);

	/** Given up without an outcome (stale, or shutting down): do not acknowledge. */
	void dropped();

}
