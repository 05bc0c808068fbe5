package org.nordpark.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The InfluxDB schema (design §5): every measurement, tag and field name with its fixed
 * field type. Other modules take names from here, never from string literals.
 */
public final class InfluxSchema {

	/** The database. */
	public static final String DATABASE = "nordpark";

	/** Default retention policy holding the raw points. */
	public static final String RP_RAW = "raw";

	/** Long retention policy holding hourly rollups filled by continuous queries. */
	public static final String RP_HOURLY = "hourly";

	public static final String TAG_SENSOR_ID = "sensor_id";

	public static final String TAG_ZONE = "zone";

	public static final String TAG_CLASS = Dims.CLASS;

	public static final String TAG_DIRECTION = Dims.DIRECTION;

	public static final String TAG_WEIGHTING = Dims.WEIGHTING;

	public static final String TAG_MODEL = "model";

	// Field names (unit in the name). They are also the keys of Observation values.

	public static final String OCCUPIED = "occupied";

	public static final String COUNT = "count";

	public static final String AVG_SPEED_KMH = "avg_speed_kmh";

	public static final String TOTAL = "total";

	public static final String TEMPERATURE_C = "temperature_c";

	public static final String RELATIVE_HUMIDITY_PCT = "relative_humidity_pct";

	public static final String CO2_PPM = "co2_ppm";

	public static final String PRESSURE_HPA = "pressure_hpa";

	public static final String PM1_0_UGM3 = "pm1_0_ugm3";

	public static final String PM2_5_UGM3 = "pm2_5_ugm3";

	public static final String PM4_UGM3 = "pm4_ugm3";

	public static final String PM10_UGM3 = "pm10_ugm3";

	public static final String TVOC_PPB = "tvoc_ppb";

	public static final String LIGHT_LUX = "light_lux";

	public static final String MOTION_COUNT = "motion_count";

	/**
	 * Room occupancy of a presence sensor (Elsys ERS Eye): 0 free, 1 pending (motion
	 * only), 2 occupied.
	 */
	public static final String OCCUPANCY = "occupancy";

	public static final String LEQ_DB = "leq_db";

	public static final String MAX_DB = "max_db";

	public static final String L_DB = "l_db";

	public static final String DISTANCE_MM = "distance_mm";

	public static final String FILL_LEVEL_PCT = "fill_level_pct";

	public static final String TILTED = "tilted";

	public static final String BATTERY_PCT = "battery_pct";

	public static final String BATTERY_V = "battery_v";

	public static final String DEVICE_TEMPERATURE_C = "device_temperature_c";

	public static final String MARGIN_DB = "margin_db";

	public static final String SOLAR_POWER_MW = "solar_power_mw";

	public static final String RSSI_DBM = "rssi_dbm";

	public static final String SNR_DB = "snr_db";

	public static final String GATEWAYS = "gateways";

	public static final String SF = "sf";

	public static final String F_CNT = "f_cnt";

	/**
	 * Suffix of the hourly maximum of a measure in {@value #RP_HOURLY}, e.g.
	 * {@code co2_ppm_max}.
	 */
	public static final String MAX_SUFFIX = "_max";

	/** Spaces of a whole car park (site manifest), in {@code car_park}. */
	public static final String CAPACITY = "capacity";

	/** Spaces left in a whole car park, in {@code car_park}. */
	public static final String FREE = "free";

	/** Occupied share of a whole car park 0..1, in {@code car_park}. */
	public static final String OCCUPANCY_RATE = "occupancy_rate";

	/** The bay sensors' occupancy rate at the estimate's anchor, in {@code car_park}. */
	public static final String ANCHOR_RATE = "anchor_rate";

	/** When the estimate was anchored to the bays, epoch seconds, in {@code car_park}. */
	public static final String ANCHORED_AT_S = "anchored_at_s";

	/** Number of uplinks in an hour, in the hourly {@code link} rollup. */
	public static final String UPLINKS = "uplinks";

	public static final Measurement PARKING = measurement("parking", List.of(TAG_SENSOR_ID, TAG_ZONE),
			FieldType.INTEGER, OCCUPIED);

	public static final Measurement TRAFFIC = new Measurement("traffic",
			List.of(TAG_SENSOR_ID, TAG_ZONE, TAG_CLASS, TAG_DIRECTION),
			fields(FieldType.INTEGER, COUNT).and(FieldType.FLOAT, AVG_SPEED_KMH).map);

	public static final Measurement PEOPLE = measurement("people", List.of(TAG_SENSOR_ID, TAG_ZONE, TAG_DIRECTION),
			FieldType.INTEGER, COUNT, TOTAL);

	public static final Measurement ENVIRONMENT = new Measurement("environment", List.of(TAG_SENSOR_ID, TAG_ZONE),
			fields(FieldType.FLOAT, TEMPERATURE_C, RELATIVE_HUMIDITY_PCT, CO2_PPM, PRESSURE_HPA, PM1_0_UGM3, PM2_5_UGM3,
					PM4_UGM3, PM10_UGM3, TVOC_PPB, LIGHT_LUX)
				.and(FieldType.INTEGER, MOTION_COUNT, OCCUPANCY).map);

	public static final Measurement NOISE = measurement("noise", List.of(TAG_SENSOR_ID, TAG_ZONE, TAG_WEIGHTING),
			FieldType.FLOAT, LEQ_DB, MAX_DB, L_DB);

	public static final Measurement BIN = new Measurement("bin", List.of(TAG_SENSOR_ID, TAG_ZONE),
			fields(FieldType.FLOAT, DISTANCE_MM, FILL_LEVEL_PCT).and(FieldType.INTEGER, TILTED).map);

	public static final Measurement DEVICE = measurement("device", List.of(TAG_SENSOR_ID, TAG_ZONE, TAG_MODEL),
			FieldType.FLOAT, BATTERY_PCT, BATTERY_V, DEVICE_TEMPERATURE_C, MARGIN_DB, SOLAR_POWER_MW);

	public static final Measurement LINK = new Measurement("link", List.of(TAG_SENSOR_ID, TAG_ZONE),
			fields(FieldType.FLOAT, RSSI_DBM, SNR_DB).and(FieldType.INTEGER, GATEWAYS, SF, F_CNT).map);

	/**
	 * Whole car parks, derived by ingest from the gate counts and the bays (design §8,
	 * "Whole car parks"); no sensor_id: not a sensor's measurement.
	 */
	public static final Measurement CAR_PARK = new Measurement("car_park", List.of(TAG_ZONE),
			fields(FieldType.INTEGER, OCCUPIED, FREE, CAPACITY).and(FieldType.FLOAT, OCCUPANCY_RATE, ANCHOR_RATE)
				.and(FieldType.INTEGER, ANCHORED_AT_S).map);

	private static final List<Measurement> ALL = List.of(PARKING, TRAFFIC, PEOPLE, ENVIRONMENT, NOISE, BIN, DEVICE,
			LINK);

	private static final List<Measurement> ROLLED_UP = List.of(PARKING, TRAFFIC, PEOPLE, ENVIRONMENT, NOISE, BIN,
			DEVICE, LINK, CAR_PARK);

	private InfluxSchema() {
	}

	/** Every measurement. */
	public static List<Measurement> measurements() {
		return ALL;
	}

	/**
	 * Every measurement with hourly rollups: the sensors' measurements and the derived
	 * {@link #CAR_PARK}.
	 */
	public static List<Measurement> rolledUp() {
		return ROLLED_UP;
	}

	/** A stored measurement by name, a sensor's or the derived {@link #CAR_PARK}. */
	public static Optional<Measurement> measurement(String name) {
		return ROLLED_UP.stream().filter((m) -> m.name().equals(name)).findFirst();
	}

	/** The measurement that holds the observations of a sensor kind. */
	public static Measurement forKind(SensorKind kind) {
		return switch (kind) {
			case PARKING -> PARKING;
			case TRAFFIC -> TRAFFIC;
			case PEOPLE -> PEOPLE;
			case ENVIRONMENT -> ENVIRONMENT;
			case NOISE -> NOISE;
			case BIN -> BIN;
			case DEVICE -> DEVICE;
		};
	}

	/**
	 * The measurement a value of a reading of the given kind is stored in: the kind's own
	 * measurement when it has the field, else {@code device} for device-health fields
	 * (battery, device temperature) that any sensor may report; empty when the field is
	 * unknown.
	 */
	public static Optional<Measurement> forField(SensorKind kind, String field) {
		Measurement own = forKind(kind);
		if (own.fields().containsKey(field)) {
			return Optional.of(own);
		}
		return DEVICE.fields().containsKey(field) ? Optional.of(DEVICE) : Optional.empty();
	}

	/**
	 * The kind whose measurement stores a value a sensor of the given primary kind
	 * decoded: the primary kind when its measurement has the field, {@code device} for
	 * device-health fields, else the one other kind whose measurement has the field and a
	 * tag for every dimension (e.g. the noise of an environment sensor); empty when there
	 * is none or more than one.
	 */
	public static Optional<SensorKind> kindOf(SensorKind primary, String field, java.util.Collection<String> dims) {
		if (fits(forKind(primary), field, dims)) {
			return Optional.of(primary);
		}
		if (DEVICE.fields().containsKey(field)) {
			return Optional.of(SensorKind.DEVICE);
		}
		List<SensorKind> candidates = java.util.Arrays.stream(SensorKind.values())
			.filter((kind) -> kind != primary && kind != SensorKind.DEVICE && fits(forKind(kind), field, dims))
			.toList();
		return (candidates.size() == 1) ? Optional.of(candidates.get(0)) : Optional.empty();
	}

	private static boolean fits(Measurement measurement, String field, java.util.Collection<String> dims) {
		return measurement.fields().containsKey(field) && measurement.tags().containsAll(dims);
	}

	/**
	 * How the continuous queries roll a measurement up into the {@value #RP_HOURLY}
	 * retention policy: same measurement name, same tags, one point per hour and series.
	 * Counts are summed under their own name; measures keep their name for the hourly
	 * mean and get a {@code _max} companion; {@code occupied} becomes the hourly
	 * occupancy rate (mean of 0/1); the link gets an {@code uplinks} count; a whole car
	 * park keeps the hourly mean of its estimate and the newest anchor.
	 */
	public static List<Rollup> rollups(Measurement measurement) {
		List<Rollup> rollups = new java.util.ArrayList<>();
		for (Map.Entry<String, FieldType> field : measurement.fields().entrySet()) {
			String name = field.getKey();
			if (measurement == CAR_PARK) {
				boolean newest = name.equals(CAPACITY) || name.equals(ANCHORED_AT_S);
				rollups.add(new Rollup(newest ? Aggregate.MAX : Aggregate.MEAN, name, name));
			}
			else if (measurement == LINK && name.equals(F_CNT)) {
				rollups.add(new Rollup(Aggregate.COUNT, name, UPLINKS));
			}
			else if (name.equals(TOTAL) || name.equals(TILTED) || name.equals(OCCUPANCY) || measurement == LINK) {
				rollups.add(new Rollup((measurement == LINK) ? Aggregate.MEAN : Aggregate.MAX, name, name));
			}
			else if (field.getValue() == FieldType.INTEGER && !name.equals(OCCUPIED)) {
				rollups.add(new Rollup(Aggregate.SUM, name, name));
			}
			else {
				rollups.add(new Rollup(Aggregate.MEAN, name, name));
				if (!name.equals(OCCUPIED)) {
					rollups.add(new Rollup(Aggregate.MAX, name, name + MAX_SUFFIX));
				}
			}
		}
		return List.copyOf(rollups);
	}

	private static Measurement measurement(String name, List<String> tags, FieldType type, String... names) {
		return new Measurement(name, tags, fields(type, names).map);
	}

	private static FieldsBuilder fields(FieldType type, String... names) {
		return new FieldsBuilder().and(type, names);
	}

	/** An InfluxQL aggregate used in a rollup. */
	public enum Aggregate {

		SUM, MEAN, MAX, COUNT;

		/** The InfluxQL function name, e.g. {@code mean}. */
		public String function() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * One field of an hourly rollup: {@code function(source) AS target}.
	 *
	 * @param aggregate the aggregate
	 * @param source the raw field
	 * @param target the hourly field
	 */
	public record Rollup(Aggregate aggregate, String source, String target) {

	}

	/** The type of an InfluxDB field; fixed per field so writes never conflict. */
	public enum FieldType {

		/** Counts and flags, written as {@code 12i}. */
		INTEGER,
		/** Measures, written as floats. */
		FLOAT

	}

	/**
	 * One measurement.
	 *
	 * @param name measurement name
	 * @param tags tag keys, in the order they are listed in the design
	 * @param fields field name to type
	 */
	public record Measurement(String name, List<String> tags, Map<String, FieldType> fields) {

		public Measurement {
			tags = List.copyOf(tags);
			fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		}

		/** The type of a field. */
		public Optional<FieldType> fieldType(String field) {
			return Optional.ofNullable(this.fields.get(field));
		}

	}

	private static final class FieldsBuilder {

		private final Map<String, FieldType> map = new LinkedHashMap<>();

		FieldsBuilder and(FieldType type, String... names) {
			for (String name : names) {
				this.map.put(name, type);
			}
			return this;
		}

	}

}
