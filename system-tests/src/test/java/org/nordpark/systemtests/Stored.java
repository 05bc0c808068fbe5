package org.nordpark.systemtests;

import java.time.Duration;

import org.nordpark.testsupport.InfluxServer;

/**
 * Counts what a stream left in InfluxDB: points per measurement within the stream's time
 * window (each test stream has its own window, so tests can share a database).
 */
final class Stored {

	private Stored() {
	}

	/** Points of a measurement in the stream's window, counted on one field. */
	static long count(InfluxServer influx, String database, String measurement, String field, Uplinks.Stream stream) {
		String query = "SELECT count(\"" + field + "\") FROM \"" + measurement + "\" WHERE time >= '" + stream.from()
				+ "' AND time < '" + stream.until() + "'";
		return influx.rows(database, query).stream().findFirst().map((row) -> row.get(1).asLong()).orElse(0L);
	}

	static Counts counts(InfluxServer influx, String database, Uplinks.Stream stream) {
		return new Counts(count(influx, database, "parking", "occupied", stream),
				count(influx, database, "link", "f_cnt", stream),
				count(influx, database, "device", "device_temperature_c", stream));
	}

	/**
	 * Waits until the stream is stored completely, then checks that nothing more arrives
	 * for a moment: the counts must be exactly the expected ones.
	 */
	static Counts awaitExactly(InfluxServer influx, String database, Uplinks.Stream stream, Duration limit) {
		Counts expected = new Counts(stream.unique(), stream.unique(), stream.heartbeats());
		Counts[] last = { null };
		try {
			Services.await(() -> {
				last[0] = counts(influx, database, stream);
				return last[0].parking() >= expected.parking() && last[0].link() >= expected.link()
						&& last[0].device() >= expected.device();
			}, limit, () -> "the stream to be stored: expected " + expected + ", stored " + last[0]);
		}
		catch (AssertionError ex) {
			return last[0];
		}
		Services.sleep(1500);
		return counts(influx, database, stream);
	}

	/** Points of the stream, per measurement. */
	record Counts(long parking, long link, long device) {

		static Counts expected(Uplinks.Stream stream) {
			return new Counts(stream.unique(), stream.unique(), stream.heartbeats());
		}

	}

}
