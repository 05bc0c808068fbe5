package org.nordpark.api.system;

/**
 * Texts and examples shared by the OpenAPI descriptions of several endpoints, so every
 * parameter is described the same way everywhere.
 */
public final class ApiDocs {

	public static final String FROM = "Inclusive start, ISO-8601 date-time with offset or zone. Default: `to` minus "
			+ "`nordpark.api.query.default-range` (24 h).";

	public static final String FROM_EXAMPLE = "2025-03-12T00:00:00Z";

	public static final String TO = "Exclusive end, ISO-8601 date-time with offset or zone. Default: now. "
			+ "`from` must be before `to`; the span is limited by `nordpark.api.query.max-range`.";

	public static final String TO_EXAMPLE = "2025-03-13T00:00:00Z";

	public static final String EVERY = "Interval per point; intervals are aligned to UTC multiples. One of 1m, 5m, 15m, "
			+ "30m, 1h, 3h, 6h, 12h, 1d, 7d. Default: the finest interval giving at most "
			+ "`nordpark.api.query.target-points` points. `(to - from) / every` may not exceed "
			+ "`nordpark.api.query.max-points`.";

	public static final String EVERY_EXAMPLE = "1h";

	public static final String ZONE = "Zone label, pattern `[A-Za-z0-9][A-Za-z0-9_.-]{0,63}`.";

	public static final String ZONE_EXAMPLE = "P1";

	public static final String KIND = "Sensor kind: parking, traffic, people, environment, noise, bin or device.";

	public static final String SENSOR_ID = "Sensor id (DevEUI): 16 hex characters.";

	public static final String SENSOR_ID_EXAMPLE = "70b3d5e75e00a101";

	public static final String CSV_NOTE = " Send `Accept: text/csv` (or `?format=csv`) for CSV.";

	private ApiDocs() {
	}

}
