package org.nordpark.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.nordpark.api.query.TimeWindow;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.CatalogSettings;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.ModelJson;
import org.nordpark.model.SensorKind;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MqttRecorder;

/**
 * The known data every integration test reads: points written with line protocol exactly
 * as design §5 lays them out (raw and hourly retention policies) and retained catalog
 * entries. The expected values in the tests are worked out by hand from these lines.
 */
public final class TestData {

	/** The fixed "now" of the api under test. */
	public static final String NOW = "2025-03-12T18:00:00Z";

	public static final String BAY_A = "70b3d5e75e00a101";

	public static final String BAY_B = "70b3d5e75e00a102";

	public static final String BAY_C = "70b3d5e75e00a103";

	public static final String COUNTER = "70b3d5e75e00b001";

	public static final String AIR_1 = "70b3d5e75e00e001";

	public static final String AIR_2 = "70b3d5e75e00e002";

	public static final int CATALOG_SIZE = 6;

	private static boolean seeded;

	private TestData() {
	}

	static synchronized void seed(InfluxServer influx, String database, String brokerUri) {
		if (seeded) {
			return;
		}
		influx.write(database, String.join("\n", RAW));
		writeHourly(influx, database, String.join("\n", HOURLY));
		try (MqttRecorder mqtt = MqttRecorder.connect(brokerUri)) {
			for (CatalogEntry entry : catalog()) {
				mqtt.publish(Topics.sensor(entry.sensorId()), ModelJson.write(entry), true);
			}
		}
		seeded = true;
	}

	/**
	 * Writes line protocol into the hourly retention policy (InfluxServer writes to the
	 * default).
	 */
	public static void writeHourly(InfluxServer influx, String database, String lines) {
		HttpResponse<String> response;
		try {
			response = HttpClient.newHttpClient()
				.send(HttpRequest
					.newBuilder(URI.create(
							influx.url() + "/write?db=" + database + "&rp=" + InfluxSchema.RP_HOURLY + "&precision=ns"))
					.POST(HttpRequest.BodyPublishers.ofString(lines))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot write hourly points", ex);
		}
		if (response.statusCode() != 204) {
			throw new IllegalStateException("hourly write failed: " + response.statusCode() + " " + response.body());
		}
	}

	static List<CatalogEntry> catalog() {
		Instant updated = Instant.parse("2025-03-12T08:00:00Z");
		return List.of(
				new CatalogEntry(BAY_A, "P1 bay 001", "bosch-tps110", SensorKind.PARKING, "P1", 51.1761, 6.3831,
						Map.of(CatalogSettings.UPLINK_INTERVAL_S, "86400", CatalogSettings.SECTION, "disabled"),
						CatalogEntry.Source.MANIFEST, updated),
				new CatalogEntry(BAY_B, "P1 bay 002", "bosch-tps110", SensorKind.PARKING, "P1", 51.1762, 6.3832,
						Map.of(), CatalogEntry.Source.MANIFEST, updated),
				new CatalogEntry(BAY_C, "P1 bay 003", "bosch-tps110", SensorKind.PARKING, "P1", null, null, Map.of(),
						CatalogEntry.Source.CHIRPSTACK, updated),
				new CatalogEntry(COUNTER, "HWA counter", "parametric-tcr", SensorKind.TRAFFIC, "park", 51.1745, 6.385,
						Map.of(CatalogSettings.LTR, "inbound", CatalogSettings.RTL, "outbound"),
						CatalogEntry.Source.MANIFEST, updated),
				new CatalogEntry(AIR_1, "Park air 1", "elsys-ers", SensorKind.ENVIRONMENT, "park", 51.173, 6.387,
						Map.of(), CatalogEntry.Source.CHIRPSTACK, updated),
				new CatalogEntry(AIR_2, "Park air 2", "elsys-ers", SensorKind.ENVIRONMENT, "park", 51.1731, 6.3871,
						Map.of(), CatalogEntry.Source.CHIRPSTACK, updated));
	}

	/** Nanoseconds of an ISO time, for line protocol. */
	static long t(String iso) {
		return TimeWindow.nanos(Instant.parse(iso));
	}

	private static String at(String line, String iso) {
		return line + " " + t(iso);
	}

	static final List<String> RAW = List.of(
			// parking, zone P1: bay A 1 at 16:00 then 0 at 17:30; bay B 1 since 06:00;
			// bay C 0
			// yesterday, 1 at 17:10
			at("parking,sensor_id=" + BAY_A + ",zone=P1 occupied=1i", "2025-03-12T16:00:00Z"),
			at("parking,sensor_id=" + BAY_A + ",zone=P1 occupied=0i", "2025-03-12T17:30:00Z"),
			at("parking,sensor_id=" + BAY_B + ",zone=P1 occupied=1i", "2025-03-12T06:00:00Z"),
			at("parking,sensor_id=" + BAY_C + ",zone=P1 occupied=0i", "2025-03-11T20:00:00Z"),
			at("parking,sensor_id=" + BAY_C + ",zone=P1 occupied=1i", "2025-03-12T17:10:00Z"),
			// traffic, zone park
			at("traffic,sensor_id=" + COUNTER + ",zone=park,class=car,direction=inbound count=4i",
					"2025-03-12T16:10:00Z"),
			at("traffic,sensor_id=" + COUNTER + ",zone=park,class=car,direction=inbound count=5i,avg_speed_kmh=32.5",
					"2025-03-12T17:05:00Z"),
			at("traffic,sensor_id=" + COUNTER + ",zone=park,class=car,direction=outbound count=3i",
					"2025-03-12T17:05:00Z"),
			at("traffic,sensor_id=" + COUNTER + ",zone=park,class=car,direction=inbound count=7i",
					"2025-03-12T17:20:00Z"),
			at("traffic,sensor_id=" + COUNTER + ",zone=park,class=bicycle,direction=inbound count=2i",
					"2025-03-12T17:20:00Z"),
			// environment, zone park
			at("environment,sensor_id=" + AIR_1 + ",zone=park co2_ppm=410", "2025-03-12T17:00:00Z"),
			at("environment,sensor_id=" + AIR_1 + ",zone=park co2_ppm=420,temperature_c=20.5", "2025-03-12T17:30:00Z"),
			at("environment,sensor_id=" + AIR_2 + ",zone=park co2_ppm=400,temperature_c=21.5", "2025-03-12T17:10:00Z"),
			// device health
			at("device,sensor_id=" + BAY_A + ",zone=P1,model=bosch-tps110 battery_v=3.61", "2025-03-12T16:00:00Z"),
			at("device,sensor_id=" + BAY_A + ",zone=P1,model=bosch-tps110 battery_pct=87", "2025-03-12T17:30:00Z"),
			// link
			at("link,sensor_id=" + BAY_A + ",zone=P1 rssi_dbm=-104,snr_db=1.5,gateways=1i,sf=10i,f_cnt=5i",
					"2025-03-11T17:00:00Z"),
			at("link,sensor_id=" + BAY_A + ",zone=P1 rssi_dbm=-100,snr_db=5.5,gateways=1i,sf=9i,f_cnt=10i",
					"2025-03-12T16:00:00Z"),
			at("link,sensor_id=" + BAY_A + ",zone=P1 rssi_dbm=-97,snr_db=6.25,gateways=2i,sf=9i,f_cnt=14i",
					"2025-03-12T17:30:00Z"),
			at("link,sensor_id=" + BAY_B + ",zone=P1 rssi_dbm=-110,snr_db=-3,gateways=1i,sf=12i,f_cnt=100i",
					"2025-03-12T06:00:00Z"),
			at("link,sensor_id=" + COUNTER + ",zone=park rssi_dbm=-80,snr_db=9,gateways=3i,sf=7i,f_cnt=3i",
					"2025-03-12T16:10:00Z"),
			at("link,sensor_id=" + COUNTER + ",zone=park rssi_dbm=-81,snr_db=8.5,gateways=3i,sf=7i,f_cnt=6i",
					"2025-03-12T17:05:00Z"),
			at("link,sensor_id=" + COUNTER + ",zone=park rssi_dbm=-82,snr_db=8,gateways=2i,sf=7i,f_cnt=7i",
					"2025-03-12T17:20:00Z"));

	static final List<String> HOURLY = List.of(
			// hourly rollups (RP hourly): zone P2 bays D and E, traffic sums, environment
			// means and maxima
			at("parking,sensor_id=70b3d5e75e00d001,zone=P2 occupied=0.5", "2025-03-05T10:00:00Z"),
			at("parking,sensor_id=70b3d5e75e00d002,zone=P2 occupied=0.25", "2025-03-05T11:00:00Z"),
			at("parking,sensor_id=70b3d5e75e00d001,zone=P2 occupied=1", "2025-03-06T12:00:00Z"),
			at("traffic,sensor_id=" + COUNTER + ",zone=park,class=car,direction=inbound count=100i",
					"2025-03-05T10:00:00Z"),
			at("traffic,sensor_id=" + COUNTER + ",zone=park,class=car,direction=inbound count=50i",
					"2025-03-05T11:00:00Z"),
			at("traffic,sensor_id=" + COUNTER + ",zone=park,class=car,direction=inbound count=30i",
					"2025-03-06T09:00:00Z"),
			at("environment,sensor_id=" + AIR_1 + ",zone=park co2_ppm=500,co2_ppm_max=650", "2025-03-05T10:00:00Z"),
			at("environment,sensor_id=" + AIR_1 + ",zone=park co2_ppm=520,co2_ppm_max=600", "2025-03-05T11:00:00Z"));

}
