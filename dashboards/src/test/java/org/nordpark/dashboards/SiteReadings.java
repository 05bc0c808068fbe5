package org.nordpark.dashboards;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.nordpark.model.CatalogSettings;
import org.nordpark.model.Dims;
import org.nordpark.model.SensorKind;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.model.site.Zone;

import static org.nordpark.dashboards.LineProtocol.decimal;
import static org.nordpark.dashboards.LineProtocol.integer;

/**
 * Readings of a site over several days as ingest writes them (line protocol, one point
 * per measurement and uplink, link and battery points beside them): bays that fill for
 * two matches and empty overnight, traffic and people counts by class and direction with
 * inbound peaks before kick-off, climate with a daily cycle, particulate matter, noise,
 * bins that fill and are emptied each morning. One sensor falls silent before the end and
 * one device has a low battery, so the operations panels have something to show.
 * Deterministic apart from the end time.
 */
final class SiteReadings {

	/** How far back the readings go. */
	static final Duration SPAN = Duration.ofDays(8);

	/** The environment sensor that stops reporting {@link #SILENCE} before the end. */
	static final String SILENT_SENSOR = "70b3d5e75e400004";

	static final Duration SILENCE = Duration.ofHours(3);

	/** The device that reports a low battery. */
	static final String WEAK_BATTERY_SENSOR = "70b3d5e75e800001";

	private static final Duration BAY_STEP = Duration.ofMinutes(5);

	private final Instant start;

	private final Instant end;

	private final MatchDays days;

	private final Random random = new Random(20250312L);

	private final LineProtocol lines = new LineProtocol();

	private final Map<String, Integer> frameCounters = new HashMap<>();

	private final Map<String, Instant> lastBattery = new HashMap<>();

	private final Map<String, Long> peopleTotals = new HashMap<>();

	private final Map<String, Double> binFill = new HashMap<>();

	private SiteReadings(SiteManifest site, Instant end) {
		this.end = end.truncatedTo(ChronoUnit.MINUTES);
		this.start = this.end.minus(SPAN);
		this.days = new MatchDays(ZoneId.of(site.site().timeZone()), this.end);
	}

	/** The readings of every sensor of the site, ending just before {@code end}. */
	static List<String> generate(SiteManifest site, Instant end) {
		SiteReadings readings = new SiteReadings(site, end);
		for (SiteSensor sensor : site.sensors()) {
			readings.sensor(sensor);
		}
		for (Zone zone : site.zones()) {
			if (zone.type() == Zone.ZoneType.CAR_PARK && zone.capacity() != null) {
				readings.carPark(zone.id(), zone.capacity());
			}
		}
		return readings.lines.lines();
	}

	/**
	 * The whole car park as ingest derives it ({@code car_park}): here simply the match
	 * days' occupancy target times the capacity, every 5 minutes (ingest writes one a
	 * minute; the panels do not depend on the step), anchored at the last full hour.
	 */
	private void carPark(String zone, int capacity) {
		for (Instant t = this.start; t.isBefore(this.end); t = t.plus(BAY_STEP)) {
			long occupied = Math.round(capacity * this.days.occupancyTarget(t));
			this.lines.zonePoint(InfluxSchema.CAR_PARK, zone, t,
					Map.of(InfluxSchema.OCCUPIED, integer(occupied), InfluxSchema.FREE, integer(capacity - occupied),
							InfluxSchema.CAPACITY, integer(capacity), InfluxSchema.OCCUPANCY_RATE,
							decimal((double) occupied / capacity), InfluxSchema.ANCHOR_RATE,
							decimal(this.days.occupancyTarget(t)), InfluxSchema.ANCHORED_AT_S,
							integer(t.truncatedTo(ChronoUnit.HOURS).getEpochSecond())));
		}
	}

	private void sensor(SiteSensor sensor) {
		switch (sensor.kind()) {
			case PARKING -> bay(sensor);
			case TRAFFIC -> periodic(sensor, Duration.ofMinutes(15), this::traffic);
			case PEOPLE -> periodic(sensor, Duration.ofMinutes(15), this::people);
			case ENVIRONMENT -> periodic(sensor, interval(sensor, 10), this::environment);
			case NOISE -> periodic(sensor, interval(sensor, 10), this::noise);
			case BIN -> periodic(sensor, interval(sensor, 30), this::bin);
			case DEVICE -> periodic(sensor, Duration.ofHours(6), (s, t) -> {
			});
		}
	}

	private static Duration interval(SiteSensor sensor, int defaultMinutes) {
		return (sensor.uplinkInterval() != null) ? sensor.uplinkInterval() : Duration.ofMinutes(defaultMinutes);
	}

	private void periodic(SiteSensor sensor, Duration every, Uplink uplink) {
		Instant last = sensor.devEui().equals(SILENT_SENSOR) ? this.end.minus(SILENCE) : this.end;
		long offset = Math.floorMod(sensor.devEui().hashCode(), every.toSeconds());
		for (Instant t = this.start.plusSeconds(offset); t.isBefore(last); t = t.plus(every)) {
			uplink.at(sensor, t);
			link(sensor, t);
		}
	}

	// parking: one uplink per state change plus a daily heartbeat

	private void bay(SiteSensor sensor) {
		boolean occupied = this.random.nextDouble() < 0.2;
		long heartbeatOffset = Math.floorMod(sensor.devEui().hashCode(), Duration.ofDays(1).toMinutes());
		Instant heartbeat = this.start.plus(Duration.ofMinutes(heartbeatOffset));
		for (Instant t = this.start; t.isBefore(this.end); t = t.plus(BAY_STEP)) {
			boolean wanted = this.random.nextDouble() < this.days.occupancyTarget(t);
			boolean changes = wanted != occupied && this.random.nextDouble() < 0.25;
			if (changes) {
				occupied = wanted;
			}
			Instant at = t.plusSeconds(this.random.nextInt(300));
			if (at.isAfter(this.end)) {
				break;
			}
			if (changes || !at.isBefore(heartbeat)) {
				if (!at.isBefore(heartbeat)) {
					heartbeat = heartbeat.plus(Duration.ofDays(1));
				}
				this.lines.point(InfluxSchema.PARKING, sensor, Map.of(), at,
						Map.of(InfluxSchema.OCCUPIED, integer(occupied ? 1 : 0)));
				link(sensor, at);
			}
		}
	}

	// counters

	private void traffic(SiteSensor sensor, Instant t) {
		String[] classes = { Dims.CLASS_PEDESTRIAN, Dims.CLASS_BICYCLE, Dims.CLASS_CAR, Dims.CLASS_TRUCK };
		double[] base = { 8, 5, 35, 4 };
		double[] speed = { 4.8, 17, 38, 31 };
		for (String direction : directions(sensor)) {
			for (int i = 0; i < classes.length; i++) {
				int count = poisson(base[i] * this.days.daily(t) * this.days.match(t, direction));
				Map<String, String> fields = new LinkedHashMap<>();
				fields.put(InfluxSchema.COUNT, integer(count));
				if (count > 0) {
					fields.put(InfluxSchema.AVG_SPEED_KMH, decimal(speed[i] * (0.85 + 0.3 * this.random.nextDouble())));
				}
				this.lines.point(InfluxSchema.TRAFFIC, sensor,
						Map.of(InfluxSchema.TAG_CLASS, classes[i], InfluxSchema.TAG_DIRECTION, direction), t, fields);
			}
		}
	}

	private void people(SiteSensor sensor, Instant t) {
		for (String direction : directions(sensor)) {
			int count = poisson(12 * this.days.daily(t) * this.days.match(t, direction));
			long total = this.peopleTotals.merge(sensor.devEui() + direction, (long) count, Long::sum);
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put(InfluxSchema.COUNT, integer(count));
			fields.put(InfluxSchema.TOTAL, integer(total));
			this.lines.point(InfluxSchema.PEOPLE, sensor, Map.of(InfluxSchema.TAG_DIRECTION, direction), t, fields);
		}
	}

	private List<String> directions(SiteSensor sensor) {
		return List.of(sensor.settings().getOrDefault(CatalogSettings.LTR, "inbound"),
				sensor.settings().getOrDefault(CatalogSettings.RTL, "outbound"));
	}

	// environment, noise, bins

	private void environment(SiteSensor sensor, Instant t) {
		double hourOfDay = t.atZone(this.days.zone()).getHour() + t.atZone(this.days.zone()).getMinute() / 60.0;
		double cycle = Math.sin((hourOfDay - 9) / 24 * 2 * Math.PI);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(InfluxSchema.TEMPERATURE_C, decimal(9 + 5 * cycle + this.random.nextGaussian() * 0.3));
		fields.put(InfluxSchema.RELATIVE_HUMIDITY_PCT,
				decimal(clamp(72 - 15 * cycle + this.random.nextGaussian(), 0, 100)));
		switch (sensor.model()) {
			case "decentlab-dl-pm" -> {
				double pm25 = Math.max(1, 9 + 6 * Math.cos((hourOfDay - 8) / 24 * 2 * Math.PI)
						+ this.days.match(t, "inbound") * 2 + this.random.nextGaussian() * 2);
				fields.put(InfluxSchema.PM1_0_UGM3, decimal(pm25 * 0.7));
				fields.put(InfluxSchema.PM2_5_UGM3, decimal(pm25));
				fields.put(InfluxSchema.PM4_UGM3, decimal(pm25 * 1.3));
				fields.put(InfluxSchema.PM10_UGM3, decimal(pm25 * 1.8));
			}
			case "milesight-em500-co2" -> {
				fields.put(InfluxSchema.CO2_PPM, decimal(
						425 + 60 * this.days.daily(t) * this.days.match(t, "inbound") + this.random.nextInt(20)));
				fields.put(InfluxSchema.PRESSURE_HPA, decimal(1013 + this.random.nextGaussian()));
			}
			default -> {
				// the test site's Elsys sensors measure several things, as an ERS Sound /
				// ERS
				// Eye does: climate and presence in environment, the sound level in noise
				int motion = poisson(3 * this.days.daily(t));
				fields.put(InfluxSchema.LIGHT_LUX, decimal(Math.max(0, 20000 * cycle)));
				fields.put(InfluxSchema.MOTION_COUNT, integer(motion));
				fields.put(InfluxSchema.OCCUPANCY, integer((motion == 0) ? 0 : (motion < 3) ? 1 : 2));
				double leq = 38 + 10 * this.days.daily(t) + this.random.nextGaussian() * 2;
				this.lines.point(InfluxSchema.NOISE, sensor, Map.of(InfluxSchema.TAG_WEIGHTING, "A"), t,
						Map.of(InfluxSchema.LEQ_DB, decimal(leq), InfluxSchema.MAX_DB,
								decimal(leq + 10 + this.random.nextDouble() * 10)));
			}
		}
		this.lines.point(InfluxSchema.ENVIRONMENT, sensor, Map.of(), t, fields);
		battery(sensor, t);
	}

	private void noise(SiteSensor sensor, Instant t) {
		double leq = 42 + 12 * this.days.daily(t) / 1.2 + (this.days.crowd(t) ? 8 : 0) + this.random.nextGaussian() * 2;
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(InfluxSchema.LEQ_DB, decimal(leq));
		fields.put(InfluxSchema.MAX_DB, decimal(leq + 8 + this.random.nextDouble() * 12));
		fields.put(InfluxSchema.L_DB, decimal(leq + this.random.nextGaussian() * 3));
		this.lines.point(InfluxSchema.NOISE, sensor, Map.of(InfluxSchema.TAG_WEIGHTING, "A"), t, fields);
		battery(sensor, t);
	}

	private void bin(SiteSensor sensor, Instant t) {
		ZonedDateTime local = t.atZone(this.days.zone());
		double fill = this.binFill.getOrDefault(sensor.devEui(), 10.0);
		fill = (local.getHour() == 7 && local.getMinute() < 30) ? 3
				: Math.min(100, fill + 1.6 * this.days.daily(t) * (0.5 + this.random.nextDouble()));
		this.binFill.put(sensor.devEui(), fill);
		double empty = Double.parseDouble(sensor.settings().getOrDefault(CatalogSettings.EMPTY_DISTANCE_MM, "1100"));
		double full = Double.parseDouble(sensor.settings().getOrDefault(CatalogSettings.FULL_DISTANCE_MM, "150"));
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(InfluxSchema.DISTANCE_MM, decimal(empty - fill / 100 * (empty - full)));
		fields.put(InfluxSchema.FILL_LEVEL_PCT, decimal(fill));
		fields.put(InfluxSchema.TILTED, integer(0));
		this.lines.point(InfluxSchema.BIN, sensor, Map.of(), t, fields);
		battery(sensor, t);
	}

	// device health and radio link

	private void battery(SiteSensor sensor, Instant t) {
		Instant previous = this.lastBattery.get(sensor.devEui());
		if (previous != null && Duration.between(previous, t).compareTo(Duration.ofHours(6)) < 0) {
			return;
		}
		this.lastBattery.put(sensor.devEui(), t);
		double full = sensor.devEui().equals(WEAK_BATTERY_SENSOR) ? 16
				: 60 + Math.floorMod(sensor.devEui().hashCode(), 40);
		double pct = full - Duration.between(this.start, t).toHours() * 0.01;
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(InfluxSchema.BATTERY_PCT, decimal(pct));
		fields.put(InfluxSchema.BATTERY_V, decimal(3.0 + pct / 100 * 0.6));
		this.lines.point(InfluxSchema.DEVICE, sensor, Map.of(InfluxSchema.TAG_MODEL, sensor.model()), t, fields);
	}

	private void link(SiteSensor sensor, Instant t) {
		int fCnt = this.frameCounters.merge(sensor.devEui(), 1, Integer::sum);
		double base = -85 - Math.floorMod(sensor.devEui().hashCode(), 30);
		double rssi = base + this.random.nextGaussian() * 3;
		double snr = clamp((rssi + 120) / 3 + this.random.nextGaussian(), -15, 12);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(InfluxSchema.RSSI_DBM, decimal(rssi));
		fields.put(InfluxSchema.SNR_DB, decimal(snr));
		fields.put(InfluxSchema.GATEWAYS, integer(1 + this.random.nextInt(3)));
		fields.put(InfluxSchema.SF, integer((snr > 0) ? 7 : (snr > -7.5) ? 9 : 11));
		fields.put(InfluxSchema.F_CNT, integer(fCnt));
		this.lines.point(InfluxSchema.LINK, sensor, Map.of(), t, fields);
		if (sensor.kind() == SensorKind.PARKING) {
			battery(sensor, t);
		}
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}

	private int poisson(double mean) {
		// Knuth's method; the means here are small
		double limit = Math.exp(-mean);
		double product = this.random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= this.random.nextDouble();
			count++;
		}
		return count;
	}

	@FunctionalInterface
	private interface Uplink {

		void at(SiteSensor sensor, Instant t);

	}

}
