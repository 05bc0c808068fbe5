package org.nordpark.api.live;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nordpark.model.InfluxSchema;
import org.nordpark.model.InfluxSchema.FieldType;
import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Topics;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MqttRecorder;

/**
 * The live page's test data: the small site manifest {@code live/live-site.yaml}, its
 * sensors as retained catalog entries, and points written as ingest writes them (design
 * §5): the latest values a few minutes ago plus a few hours of history for the
 * sparklines.
 */
final class LiveTestData {

	static final Path MANIFEST = Path.of("src/test/resources/live/live-site.yaml");

	static final String BAY_P1_1 = "70b3d5e75e10a101";

	static final String BAY_P1_2 = "70b3d5e75e10a102";

	static final String BAY_P2_1 = "70b3d5e75e10a201";

	static final String COUNTER = "70b3d5e75e10b001";

	static final String AIR = "70b3d5e75e10e001";

	static final String NOISE = "70b3d5e75e10f001";

	/** Occupied (1) or free (0) per bay; P1 has one of four bays free, P2 one of two. */
	static final Map<String, Long> BAYS = Map.of(BAY_P1_1, 1L, BAY_P1_2, 0L, "70b3d5e75e10a103", 1L, "70b3d5e75e10a104",
			1L, BAY_P2_1, 0L, "70b3d5e75e10a202", 1L);

	private LiveTestData() {
	}

	static SiteManifest manifest() {
		return SiteManifest.load(MANIFEST);
	}

	/** Publishes every manifest sensor as a retained catalog entry. */
	static void publishCatalog(String brokerUri, Instant now) {
		try (MqttRecorder mqtt = MqttRecorder.connect(brokerUri)) {
			for (SiteSensor sensor : manifest().sensors()) {
				mqtt.publish(Topics.sensor(sensor.devEui()), ModelJson.write(sensor.toCatalogEntry(now)), true);
			}
		}
	}

	/** Writes the latest values of every sensor and six hours of history. */
	static void writePoints(InfluxServer influx, String database, Instant now) {
		Instant latest = now.minus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.SECONDS);
		List<String> lines = new ArrayList<>();
		for (SiteSensor sensor : manifest().sensors()) {
			lines.add(line(InfluxSchema.LINK, tags(sensor), Map.of(InfluxSchema.RSSI_DBM, -97.0, InfluxSchema.SNR_DB,
					6.25, InfluxSchema.GATEWAYS, 2L, InfluxSchema.SF, 9L, InfluxSchema.F_CNT, 1432L), latest));
			Map<String, String> deviceTags = new TreeMap<>(tags(sensor));
			deviceTags.put(InfluxSchema.TAG_MODEL, sensor.model());
			lines.add(line(InfluxSchema.DEVICE, deviceTags, Map.of(InfluxSchema.BATTERY_PCT, 87.0), latest));
		}
		BAYS.forEach((id, occupied) -> lines.add(line(InfluxSchema.PARKING, tags(sensor(id)),
				Map.of(InfluxSchema.OCCUPIED, occupied), latest.minus(Duration.ofMinutes(20)))));
		for (int i = 0; i <= 24; i++) {
			Instant time = latest.minus(Duration.ofMinutes(15L * i));
			lines.add(line(InfluxSchema.ENVIRONMENT, tags(sensor(AIR)),
					Map.of(InfluxSchema.PM2_5_UGM3, 8.5 + (i % 5), InfluxSchema.PM10_UGM3, 14.2 + (i % 3),
							InfluxSchema.TEMPERATURE_C, 11.5 - i * 0.1, InfluxSchema.RELATIVE_HUMIDITY_PCT, 71.0),
					time));
			lines.add(line(InfluxSchema.ENVIRONMENT, tags(sensor("70b3d5e75e10e002")),
					Map.of(InfluxSchema.CO2_PPM, 455.0 + (i % 4) * 20, InfluxSchema.TEMPERATURE_C, 12.1), time));
			Map<String, String> noiseTags = new TreeMap<>(tags(sensor(NOISE)));
			noiseTags.put(InfluxSchema.TAG_WEIGHTING, "A");
			lines.add(line(InfluxSchema.NOISE, noiseTags,
					Map.of(InfluxSchema.LEQ_DB, 58.3 + (i % 6), InfluxSchema.MAX_DB, 71.0), time));
			lines.add(line(InfluxSchema.BIN, tags(sensor("70b3d5e75e10d001")),
					Map.of(InfluxSchema.FILL_LEVEL_PCT, 64.0 - i, InfluxSchema.DISTANCE_MM, 410.0), time));
			traffic(lines, time, "car", "inbound", 7 + i % 3);
			traffic(lines, time, "car", "outbound", 5 + i % 4);
			traffic(lines, time, "pedestrian", "inbound", 3);
			traffic(lines, time, "bicycle", "outbound", 2);
			Map<String, String> peopleTags = new TreeMap<>(tags(sensor("70b3d5e75e10c001")));
			peopleTags.put(InfluxSchema.TAG_DIRECTION, "entering");
			lines.add(line(InfluxSchema.PEOPLE, peopleTags, Map.of(InfluxSchema.COUNT, 4L), time));
		}
		carPark(lines, latest);
		influx.write(database, String.join("\n", lines));
	}

	/**
	 * P1 as a whole, as ingest derives it from its gate counts (the {@code car_park}
	 * series): every bay free two hours ago, the gates quiet 75 minutes ago (the anchor:
	 * 0 of 400 occupied), 200 of 400 occupied since, one estimate a minute for the last
	 * 30 minutes.
	 */
	private static void carPark(List<String> lines, Instant latest) {
		for (String bay : List.of(BAY_P1_1, BAY_P1_2, "70b3d5e75e10a103", "70b3d5e75e10a104")) {
			lines.add(line(InfluxSchema.PARKING, tags(sensor(bay)), Map.of(InfluxSchema.OCCUPIED, 0L),
					latest.minus(Duration.ofHours(2))));
		}
		Instant anchor = latest.minus(Duration.ofMinutes(75));
		Instant minute = latest.truncatedTo(ChronoUnit.MINUTES);
		for (int i = 0; i < 30; i++) {
			lines.add(line(InfluxSchema.CAR_PARK, Map.of(InfluxSchema.TAG_ZONE, "P1"),
					Map.of(InfluxSchema.OCCUPIED, 200L, InfluxSchema.FREE, 200L, InfluxSchema.CAPACITY, 400L,
							InfluxSchema.OCCUPANCY_RATE, 0.5, InfluxSchema.ANCHOR_RATE, 0.0, InfluxSchema.ANCHORED_AT_S,
							anchor.getEpochSecond()),
					minute.minus(Duration.ofMinutes(i))));
		}
	}

	/** The lines ingest writes for a bay's reading: its occupancy and its link. */
	static String parkingReadingLines(String bay, long occupied, Instant time) {
		SiteSensor sensor = sensor(bay);
		return line(InfluxSchema.PARKING, tags(sensor), Map.of(InfluxSchema.OCCUPIED, occupied), time) + "\n"
				+ line(InfluxSchema.LINK, tags(sensor), Map.of(InfluxSchema.RSSI_DBM, -99.0, InfluxSchema.SNR_DB, 5.0,
						InfluxSchema.GATEWAYS, 1L, InfluxSchema.SF, 9L, InfluxSchema.F_CNT, 1433L), time);
	}

	private static void traffic(List<String> lines, Instant time, String vehicleClass, String direction, long count) {
		Map<String, String> tags = new TreeMap<>(tags(sensor(COUNTER)));
		tags.put(InfluxSchema.TAG_CLASS, vehicleClass);
		tags.put(InfluxSchema.TAG_DIRECTION, direction);
		lines.add(line(InfluxSchema.TRAFFIC, tags, Map.of(InfluxSchema.COUNT, count), time));
	}

	static SiteSensor sensor(String id) {
		return manifest().sensor(id).orElseThrow();
	}

	private static Map<String, String> tags(SiteSensor sensor) {
		return Map.of(InfluxSchema.TAG_SENSOR_ID, sensor.devEui(), InfluxSchema.TAG_ZONE, sensor.zone());
	}

	/**
	 * One line of line protocol; integer fields get the {@code i} suffix their type asks
	 * for.
	 */
	private static String line(Measurement measurement, Map<String, String> tags, Map<String, ?> fields, Instant time) {
		StringBuilder line = new StringBuilder(measurement.name());
		new TreeMap<>(tags).forEach((key, value) -> line.append(',').append(key).append('=').append(value));
		String separator = " ";
		for (Map.Entry<String, ?> field : new TreeMap<>(fields).entrySet()) {
			Number value = (Number) field.getValue();
			boolean integer = measurement.fieldType(field.getKey()).orElseThrow() == FieldType.INTEGER;
			line.append(separator)
				.append(field.getKey())
				.append('=')
				.append(integer ? value.longValue() + "i" : Double.toString(value.doubleValue()));
			separator = ",";
		}
		long nanos = Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000_000L), time.getNano());
		return line.append(' ').append(nanos).toString();
	}

}
