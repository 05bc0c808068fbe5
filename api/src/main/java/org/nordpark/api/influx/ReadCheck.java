package org.nordpark.api.influx;

import java.util.Locale;

/**
 * The outcome of {@link InfluxReader#checkRead()}: whether the api can read its database,
 * and if not, why, in words that name no secret.
 *
 * @param readable whether the statement succeeded
 * @param reason why not (empty when readable); never contains credentials
 */
public record ReadCheck(boolean readable, String reason) {

	static final ReadCheck OK = new ReadCheck(true, "");

	static final ReadCheck UNAUTHENTICATED = new ReadCheck(false,
			"authentication failed: check nordpark.influx.username and nordpark.influx.password");

	static final ReadCheck NOT_AUTHORIZED = new ReadCheck(false,
			"the user is not allowed to read the database: grant it READ");

	static final ReadCheck DATABASE_MISSING = new ReadCheck(false,
			"the database does not exist: create it (ingest does on start with nordpark.influx.setup=true)");

	/** Classifies an error InfluxDB or the client reported. */
	static ReadCheck of(String error) {
		String lower = error.toLowerCase(Locale.ROOT);
		if (lower.contains("authorization failed") || lower.contains("unable to parse authentication credentials")) {
			return UNAUTHENTICATED;
		}
		if (lower.contains("not authorized") || lower.contains("error authorizing")) {
			return NOT_AUTHORIZED;
		}
		if (lower.contains("database not found")) {
			return DATABASE_MISSING;
		}
		return new ReadCheck(false, "cannot reach InfluxDB or run a query: " + firstLine(error));
	}

	private static String firstLine(String error) {
		int end = error.indexOf('\n');
		String line = (end >= 0) ? error.substring(0, end) : error;
		return (line.length() > 200) ? line.substring(0, 200) + "…" : line;
	}

}
