package org.nordpark.api.sensor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.influx.InfluxReader;
import org.nordpark.api.influx.InfluxSeries;
import org.nordpark.api.query.QueryProperties;
import org.nordpark.api.query.TimeWindow;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.CatalogSettings;
import org.nordpark.model.InfluxSchema;

import org.springframework.stereotype.Component;

/**
 * Reads the status of every sensor at once (one request with four statements); the
 * {@link SensorReader} keeps the result for the cache ttl, so the sensor list costs one
 * database round trip per period whatever the number of clients.
 */
@Component
class SensorStatusReader {

	private static final String COUNT = "n";

	private static final String LOW = "lo";

	private static final String HIGH = "hi";

	private static final String FIRST = "a";

	private static final String LAST = "b";

	private static final String QUERY = "SELECT \"" + InfluxSchema.RSSI_DBM + "\", \"" + InfluxSchema.SNR_DB + "\", \""
			+ InfluxSchema.GATEWAYS + "\", \"" + InfluxSchema.SF + "\", \"" + InfluxSchema.F_CNT + "\" FROM \""
			+ InfluxSchema.RP_RAW + "\".\"" + InfluxSchema.LINK.name() + "\" WHERE time >= $since AND time <= $now"
			+ " GROUP BY \"" + InfluxSchema.TAG_SENSOR_ID + "\" ORDER BY time DESC LIMIT 1; "
			+ lastOf(InfluxSchema.BATTERY_PCT) + "; " + lastOf(InfluxSchema.BATTERY_V) + "; SELECT count(\""
			+ InfluxSchema.F_CNT + "\") AS \"" + COUNT + "\", min(\"" + InfluxSchema.F_CNT + "\") AS \"" + LOW
			+ "\", max(\"" + InfluxSchema.F_CNT + "\") AS \"" + HIGH + "\", first(\"" + InfluxSchema.F_CNT + "\") AS \""
			+ FIRST + "\", last(\"" + InfluxSchema.F_CNT + "\") AS \"" + LAST + "\" FROM \"" + InfluxSchema.RP_RAW
			+ "\".\"" + InfluxSchema.LINK.name() + "\" WHERE time > $window AND time <= $now GROUP BY \""
			+ InfluxSchema.TAG_SENSOR_ID + "\"";

	private final InfluxReader influx;

	private final StatusProperties status;

	private final QueryProperties limits;

	private final Clock clock;

	SensorStatusReader(InfluxReader influx, StatusProperties status, QueryProperties limits, Clock clock) {
		this.influx = influx;
		this.status = status;
		this.limits = limits;
		this.clock = clock;
	}

	private static String lastOf(String field) {
		return "SELECT last(\"" + field + "\") AS \"" + field + "\" FROM \"" + InfluxSchema.RP_RAW + "\".\""
				+ InfluxSchema.DEVICE.name() + "\" WHERE time >= $since AND time <= $now GROUP BY \""
				+ InfluxSchema.TAG_SENSOR_ID + "\"";
	}

	/**
	 * What the database knows now about every sensor's status; online is judged by the
	 * clock when a status is asked for.
	 */
	SensorStatuses read() {
		Map<String, Facts> facts = load();
		return (entry) -> statusOf(entry, facts);
	}

	private SensorStatus statusOf(CatalogEntry entry, Map<String, Facts> all) {
		Facts facts = all.getOrDefault(entry.sensorId(), Facts.NONE);
		Duration offlineAfter = offlineAfter(entry);
		boolean online = facts.lastSeen != null && !facts.lastSeen.plus(offlineAfter).isBefore(this.clock.instant());
		return new SensorStatus(online, facts.lastSeen, offlineAfter.toString(), facts.batteryPct, facts.batteryV,
				facts.rssi, facts.snr, asLong(facts.gateways), asLong(facts.sf), asLong(facts.fCnt),
				facts.completeness(), asLong(facts.received), facts.expected());
	}

	Duration offlineAfter(CatalogEntry entry) {
		String interval = entry.setting(CatalogSettings.UPLINK_INTERVAL_S);
		if (interval != null) {
			try {
				long seconds = Long.parseLong(interval.trim());
				if (seconds > 0) {
					return Duration.ofMillis(Math.round(seconds * 1000 * this.status.intervalFactor()));
				}
			}
			catch (NumberFormatException ex) {
				// fall back to the default threshold
			}
		}
		return this.status.offlineAfter();
	}

	private Map<String, Facts> load() {
		Instant now = this.clock.instant();
		Map<String, Object> params = Map.of("since", TimeWindow.nanos(now.minus(this.limits.stateLookback())), "now",
				TimeWindow.nanos(now), "window", TimeWindow.nanos(now.minus(this.status.completenessWindow())));
		List<List<InfluxSeries>> results = this.influx.query(QUERY, params);
		Map<String, Facts> facts = new HashMap<>();
		for (InfluxSeries s : results.get(0)) {
			Facts f = facts.computeIfAbsent(s.tag(InfluxSchema.TAG_SENSOR_ID), (id) -> new Facts());
			List<@Nullable Object> row = s.rows().get(0);
			f.lastSeen = InfluxSeries.time(row);
			f.rssi = s.number(row, InfluxSchema.RSSI_DBM);
			f.snr = s.number(row, InfluxSchema.SNR_DB);
			f.gateways = s.number(row, InfluxSchema.GATEWAYS);
			f.sf = s.number(row, InfluxSchema.SF);
			f.fCnt = s.number(row, InfluxSchema.F_CNT);
		}
		for (InfluxSeries s : results.get(1)) {
			facts.computeIfAbsent(s.tag(InfluxSchema.TAG_SENSOR_ID), (id) -> new Facts()).batteryPct = s
				.number(s.rows().get(0), InfluxSchema.BATTERY_PCT);
		}
		for (InfluxSeries s : results.get(2)) {
			facts.computeIfAbsent(s.tag(InfluxSchema.TAG_SENSOR_ID), (id) -> new Facts()).batteryV = s
				.number(s.rows().get(0), InfluxSchema.BATTERY_V);
		}
		for (InfluxSeries s : results.get(3)) {
			Facts f = facts.computeIfAbsent(s.tag(InfluxSchema.TAG_SENSOR_ID), (id) -> new Facts());
			List<@Nullable Object> row = s.rows().get(0);
			f.received = s.number(row, COUNT);
			f.low = s.number(row, LOW);
			f.high = s.number(row, HIGH);
			f.first = s.number(row, FIRST);
			f.last = s.number(row, LAST);
		}
		return facts;
	}

	private static @Nullable Long asLong(@Nullable Double value) {
		return (value != null) ? value.longValue() : null;
	}

	/** What the database knows about one sensor. */
	private static final class Facts {

		static final Facts NONE = new Facts();

		@Nullable Instant lastSeen;

		@Nullable Double rssi;

		@Nullable Double snr;

		@Nullable Double gateways;

		@Nullable Double sf;

		@Nullable Double fCnt;

		@Nullable Double batteryPct;

		@Nullable Double batteryV;

		@Nullable Double received;

		@Nullable Double low;

		@Nullable Double high;

		@Nullable Double first;

		@Nullable Double last;

		/** Uplinks sent per the frame counter, or null after a reset or without data. */
		@Nullable Long expected() {
			if (this.received == null || this.received == 0 || this.low == null || this.high == null
					|| this.first == null || this.last == null || this.first > this.last) {
				return null;
			}
			return (long) (this.high - this.low) + 1;
		}

		@Nullable Double completeness() {
			Long expected = expected();
			if (expected == null) {
				return null;
			}
			return Math.min(1.0, Math.round(this.received / expected * 10000) / 10000.0);
		}

	}

}
