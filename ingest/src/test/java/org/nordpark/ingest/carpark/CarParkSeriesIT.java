package org.nordpark.ingest.carpark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.influxdb.InfluxDB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.ingest.influx.BatchWriter;
import org.nordpark.ingest.influx.InfluxProperties;
import org.nordpark.ingest.influx.RecordingRequest;
import org.nordpark.ingest.influx.TestInflux;
import org.nordpark.testsupport.InfluxExtension;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.UniqueNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code car_park} series written from gate counts and bay states in a real InfluxDB,
 * at known moments: P1 (1,200 spaces) with four bays, two occupied (0.5), and a gate
 * counter quiet at +0:00 and +0:15 (the anchor), then 200 in, 150 in and 10 out, a lull,
 * 120 out, and quiet again at +1:30 and +1:45, when a third bay is occupied (0.75): the
 * estimate is anchored to the bays again, the drift correction. Times count from three
 * hours before the current hour, so every point is older than the continuous queries'
 * window.
 */
@ExtendWith(InfluxExtension.class)
class CarParkSeriesIT {

	private static final String GATE = "70b3d5e75e00c001";

	private static final Path MANIFEST = Path.of("src/test/resources/site/car-park-site.yaml");

	private final Instant base = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(3, ChronoUnit.HOURS);

	private String database;

	private InfluxDB client;

	private BatchWriter writer;

	private CarParkSeries series;

	@BeforeEach
	void start(InfluxServer influx) {
		this.database = UniqueNames.next("db");
		InfluxProperties properties = TestInflux.properties(influx.url(), this.database,
				Map.of("batch-max-age", "100ms", "late-rollup-every", "1s"));
		this.client = TestInflux.client(properties);
		this.writer = TestInflux.startWriter(this.client, properties);
		this.series = new CarParkSeries(this.client, properties,
				new CarParkProperties(MANIFEST, Duration.ofMinutes(1), Duration.ofDays(2), Duration.ofHours(6)),
				this.writer);
	}

	@AfterEach
	void stop() {
		this.writer.stop();
		this.client.close();
	}

	@Test
	void writesTheEstimateAtEveryMinuteAnchoredToTheBaysAtQuietSpells(InfluxServer influx) throws Exception {
		List<String> lines = new ArrayList<>();
		String[][] bays = { { "a", "1" }, { "b", "0" }, { "c", "0" }, { "d", "1" } };
		for (String[] bay : bays) {
			lines.add("parking,sensor_id=" + bay[0] + ",zone=P1 occupied=" + bay[1] + "i " + nanos(-60));
		}
		lines.add("parking,sensor_id=c,zone=P1 occupied=1i " + nanos(65));
		long[][] gate = { { 0, 2, 1 }, { 15, 3, 2 }, { 30, 200, 0 }, { 45, 150, 10 }, { 60, 5, 5 }, { 75, 0, 120 },
				{ 90, 1, 1 }, { 105, 0, 2 } };
		for (long[] reading : gate) {
			lines.addAll(gate(reading[0], reading[1], reading[2]));
		}
		influx.write(this.database, String.join("\n", lines));

		int written = this.series.run(Instant.now());

		Map<Instant, JsonNode> p1 = estimates(influx, "P1");
		// one point a minute from the first gate reading on, nothing for the car park
		// without gates
		assertThat(written).isEqualTo(p1.size());
		assertThat(p1.keySet().iterator().next()).isEqualTo(at(0));
		assertThat(estimates(influx, "P2")).isEmpty();
		assertThat(occupied(p1, 0)).isEqualTo(600);
		assertThat(occupied(p1, 29)).isEqualTo(600);
		assertThat(occupied(p1, 30)).isEqualTo(800);
		assertThat(occupied(p1, 45)).isEqualTo(940);
		assertThat(occupied(p1, 75)).isEqualTo(820);
		JsonNode beforeCorrection = p1.get(at(90));
		assertThat(beforeCorrection.get("occupied").asLong()).isEqualTo(820);
		assertThat(beforeCorrection.get("anchored_at_s").asLong()).isEqualTo(at(15).getEpochSecond());
		assertThat(beforeCorrection.get("anchor_rate").asDouble()).isEqualTo(0.5);
		// quiet again at +1:45: anchored to three of four bays, 900 of 1,200
		JsonNode corrected = p1.get(at(105));
		assertThat(corrected.get("occupied").asLong()).isEqualTo(900);
		assertThat(corrected.get("free").asLong()).isEqualTo(300);
		assertThat(corrected.get("capacity").asLong()).isEqualTo(1200);
		assertThat(corrected.get("occupancy_rate").asDouble()).isEqualTo(0.75);
		assertThat(corrected.get("anchor_rate").asDouble()).isEqualTo(0.75);
		assertThat(corrected.get("anchored_at_s").asLong()).isEqualTo(at(105).getEpochSecond());

		// 30 more out at +1:20 arrive late through the writer: recomputed from there on
		RecordingRequest late = new RecordingRequest(at(80).toEpochMilli() * 1_000_000,
				gate(80, 0, 30).toArray(String[]::new));
		this.writer.submit(late);
		assertThat(late.awaitOutcome()).isEqualTo("written");
		this.series.run(Instant.now());

		Map<Instant, JsonNode> recomputed = estimates(influx, "P1");
		assertThat(occupied(recomputed, 79)).isEqualTo(820);
		assertThat(occupied(recomputed, 80)).isEqualTo(790);
		assertThat(occupied(recomputed, 104)).isEqualTo(790);
		assertThat(occupied(recomputed, 105)).isEqualTo(900);
	}

	@Test
	void rollsTheSeriesUpIntoHourlyMeans(InfluxServer influx) throws Exception {
		List<String> lines = new ArrayList<>();
		lines.add("parking,sensor_id=a,zone=P1 occupied=1i " + nanos(-60));
		lines.add("parking,sensor_id=b,zone=P1 occupied=0i " + nanos(-60));
		lines.addAll(gate(0, 0, 0));
		lines.addAll(gate(1, 0, 0));
		lines.addAll(gate(30, 60, 0));
		influx.write(this.database, String.join("\n", lines));

		this.series.run(Instant.now());
		// the hours are older than the continuous queries' window: rolled up as late
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		List<JsonNode> hourly = List.of();
		while (hourly.isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(500);
			hourly = influx.rows(this.database, "SELECT occupied, capacity FROM hourly.car_park WHERE time = "
					+ this.base.toEpochMilli() * 1_000_000);
		}
		// 30 minutes at 600 and 30 at 660
		assertThat(hourly).singleElement().satisfies((row) -> {
			assertThat(row.get(1).asDouble()).isEqualTo(630.0);
			assertThat(row.get(2).asLong()).isEqualTo(1200);
		});
	}

	private Map<Instant, JsonNode> estimates(InfluxServer influx, String zone) {
		JsonNode result = influx.query(this.database,
				"SELECT * FROM raw.car_park WHERE zone = '" + zone + "' AND time >= " + nanos(-600));
		Map<Instant, JsonNode> points = new TreeMap<>();
		JsonNode series = result.path("results").get(0).path("series");
		if (series.isMissingNode() || series.isEmpty()) {
			return points;
		}
		JsonNode columns = series.get(0).get("columns");
		for (JsonNode row : series.get(0).get("values")) {
			ObjectNode point = JsonNodeFactory.instance.objectNode();
			for (int i = 0; i < columns.size(); i++) {
				point.set(columns.get(i).asString(), row.get(i));
			}
			points.put(Instant.parse(row.get(0).asString()), point);
		}
		return points;
	}

	private long occupied(Map<Instant, JsonNode> points, long minutes) {
		return points.get(at(minutes)).get("occupied").asLong();
	}

	private Instant at(long minutes) {
		return this.base.plus(Duration.ofMinutes(minutes));
	}

	private long nanos(long minutes) {
		return at(minutes).toEpochMilli() * 1_000_000;
	}

	private List<String> gate(long minutes, long in, long out) {
		String tags = "traffic,sensor_id=" + GATE + ",zone=P1,class=car,direction=";
		// pedestrians at the gate are not vehicles
		return List.of(tags + "entering count=" + in + "i " + nanos(minutes),
				tags + "leaving count=" + out + "i " + nanos(minutes), "traffic,sensor_id=" + GATE
						+ ",zone=P1,class=pedestrian,direction=entering count=40i " + nanos(minutes));
	}

}
