package org.nordpark.bench.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nordpark.model.CatalogEntry;
import org.nordpark.model.ModelJson;
import org.nordpark.model.SensorKind;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;

/**
 * (h) The SensorThings API: {@code --days} (30) of one traffic counter's Datastream with
 * an uplink a minute, read page by page with {@code $top=1000} and a
 * {@code phenomenonTime} filter (every page timed); and the latest Observation of
 * {@code --datastreams} (200) CO2 Datastreams (one point every 10 minutes for the same
 * days) through {@code $filter} and {@code $expand} in one request. Points are written
 * directly as line protocol (the read path is measured, not ingest).
 */
final class StaBench {

	private static final Pattern NEXT = Pattern.compile("\"@iot.nextLink\":\"([^\"]+)\"");

	private static final Pattern RESULT = Pattern.compile("\"result\":");

	private static final String DATABASE = "bench";

	private final LoadBench.Bench bench;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	StaBench(LoadBench.Bench bench) {
		this.bench = bench;
	}

	Table run() throws Exception {
		int days = this.bench.options.getInt("days", 30);
		int sensors = this.bench.options.getInt("datastreams", 200);
		int warmups = this.bench.options.getInt("warmup", 3);
		int requests = this.bench.options.getInt("requests", 50);
		int walks = this.bench.options.getInt("walks", 5);
		Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
		Instant start = end.minus(Duration.ofDays(days));
		Table table = new Table("SensorThings API: " + days + " days, one Datastream at 1/min, " + sensors
				+ " CO2 Datastreams at 1/10 min");
		try (MosquittoServer broker = this.bench.mosquitto(); InfluxServer influx = this.bench.influx()) {
			influx.createDatabase(DATABASE);
			influx.execute("CREATE RETENTION POLICY \"raw\" ON \"" + DATABASE + "\" DURATION 0s REPLICATION 1 DEFAULT");
			long points = seed(influx, start, end, sensors);
			catalog(broker, sensors);
			try (Service api = this.bench.api(broker, influx, DATABASE)) {
				String root = api.baseUrl() + "/sta/v1.1";
				awaitThings(root, sensors + 1);
				String counter = datastreamOf(root, "70b3d5e75e01c000");
				String pages = counter + "/Observations?$top=1000&$orderby=" + encode("phenomenonTime asc")
						+ "&$filter=" + encode("phenomenonTime ge " + start + " and phenomenonTime lt " + end);
				String latest = root + "/Datastreams?$top=" + sensors + "&$filter="
						+ encode("ObservedProperty/name eq 'CO2'") + "&$expand="
						+ encode("Observations($orderby=phenomenonTime desc;$top=1)");
				for (int i = 0; i < warmups; i++) {
					walk(pages);
					time(latest, sensors);
				}
				double[] p50 = new double[this.bench.rounds];
				double[] p99 = new double[this.bench.rounds];
				double[] max = new double[this.bench.rounds];
				double[] loads = new double[this.bench.rounds];
				double[] pageCount = new double[this.bench.rounds];
				for (int round = 0; round < this.bench.rounds; round++) {
					loads[round] = Table.load();
					long[] nanos = new long[0];
					for (int w = 0; w < walks; w++) {
						long[] one = walk(pages);
						long[] all = Arrays.copyOf(nanos, nanos.length + one.length);
						System.arraycopy(one, 0, all, nanos.length, one.length);
						nanos = all;
					}
					Arrays.sort(nanos);
					pageCount[round] = nanos.length;
					p50[round] = Table.percentile(nanos, 50);
					p99[round] = Table.percentile(nanos, 99);
					max[round] = nanos[nanos.length - 1] / 1e6;
				}
				table.add("Observations page ($top=1000) p50", "ms", p50, loads);
				table.add("Observations page ($top=1000) p99", "ms", p99, loads);
				table.add("Observations page ($top=1000) max", "ms", max, loads);
				table.add("pages timed per round (" + walks + " walks)", "pages", pageCount, loads);
				double[] l50 = new double[this.bench.rounds];
				double[] l99 = new double[this.bench.rounds];
				for (int round = 0; round < this.bench.rounds; round++) {
					loads[round] = Table.load();
					long[] nanos = new long[requests];
					for (int i = 0; i < requests; i++) {
						nanos[i] = time(latest, sensors);
					}
					Arrays.sort(nanos);
					l50[round] = Table.percentile(nanos, 50);
					l99[round] = Table.percentile(nanos, 99);
				}
				table.add(sensors + " Datastreams' latest Observation ($filter + $expand) p50", "ms", l50, loads);
				table.add(sensors + " Datastreams' latest Observation ($filter + $expand) p99", "ms", l99, loads);
				table.note(String.format(Locale.ROOT,
						"%,d points written; %d warm-up walks and requests first; each latest-Observation round is %d"
								+ " sequential requests; api heap %s",
						points, warmups, requests, this.bench.heap()));
			}
		}
		return table;
	}

	private long seed(InfluxServer influx, Instant start, Instant end, int sensors) {
		long points = 0;
		StringBuilder lines = new StringBuilder();
		long minutes = Duration.between(start, end).toMinutes();
		for (long m = 0; m < minutes; m++) {
			long nanos = start.plus(m, ChronoUnit.MINUTES).getEpochSecond() * 1_000_000_000L;
			lines.append("traffic,sensor_id=70b3d5e75e01c000,zone=bench,class=car,direction=inbound count=")
				.append(m % 17)
				.append("i ")
				.append(nanos)
				.append('\n');
			points++;
			if (m % 10 == 0) {
				for (int s = 1; s <= sensors; s++) {
					lines.append("environment,sensor_id=")
						.append(sensorId(s))
						.append(",zone=bench co2_ppm=")
						.append(400 + (m + s) % 300)
						.append(' ')
						.append(nanos)
						.append('\n');
					points++;
				}
			}
			if (lines.length() > 1_000_000) {
				influx.write(DATABASE, lines.toString());
				lines.setLength(0);
			}
		}
		influx.write(DATABASE, lines.toString());
		return points;
	}

	private static String sensorId(int n) {
		return String.format(Locale.ROOT, "70b3d5e75e01%04x", n);
	}

	private static void catalog(MosquittoServer broker, int sensors) {
		Instant updated = Instant.parse("2025-01-01T00:00:00Z");
		try (MqttRecorder mqtt = MqttRecorder.connect(broker.uri())) {
			mqtt.publish(Topics.sensor("70b3d5e75e01c000"),
					ModelJson.write(new CatalogEntry("70b3d5e75e01c000", "Bench counter", "parametric-tcr",
							SensorKind.TRAFFIC, "bench", 51.17, 6.38, Map.of(), CatalogEntry.Source.MANIFEST, updated)),
					true);
			for (int s = 1; s <= sensors; s++) {
				mqtt.publish(Topics.sensor(sensorId(s)),
						ModelJson
							.write(new CatalogEntry(sensorId(s), "Bench air " + s, "elsys-ers", SensorKind.ENVIRONMENT,
									"bench", 51.17 + s * 1e-4, 6.38, Map.of(), CatalogEntry.Source.MANIFEST, updated)),
						true);
			}
		}
	}

	private void awaitThings(String root, int expected) throws Exception {
		long deadline = System.nanoTime() + this.bench.timeout().toNanos();
		while (System.nanoTime() < deadline) {
			String body = get(root + "/Things?$count=true&$top=1");
			Matcher count = Pattern.compile("\"@iot.count\":(\\d+)").matcher(body);
			if (count.find() && Integer.parseInt(count.group(1)) >= expected) {
				return;
			}
			Service.sleep(500);
		}
		throw new IllegalStateException("the api did not see " + expected + " Things");
	}

	private String datastreamOf(String root, String sensorId) throws Exception {
		String body = get(
				root + "/Datastreams?$select=id&$filter=" + encode("Thing/properties/sensorId eq '" + sensorId + "'"));
		Matcher self = Pattern.compile("\"@iot.selfLink\":\"([^\"]+)\"").matcher(body);
		if (!self.find()) {
			throw new IllegalStateException("no Datastream of " + sensorId + ": " + body);
		}
		return self.group(1);
	}

	/** Follows the nextLinks from the first page; the time of each page. */
	private long[] walk(String first) throws Exception {
		List<Long> nanos = new ArrayList<>();
		String url = first;
		long observations = 0;
		while (url != null) {
			long started = System.nanoTime();
			String body = get(url);
			nanos.add(System.nanoTime() - started);
			observations += RESULT.matcher(body).results().count();
			Matcher next = NEXT.matcher(body);
			url = next.find() ? next.group(1) : null;
		}
		if (observations == 0) {
			throw new IllegalStateException("no Observations read from " + first);
		}
		return nanos.stream().mapToLong(Long::longValue).toArray();
	}

	private long time(String url, int datastreams) throws Exception {
		long started = System.nanoTime();
		String body = get(url);
		long took = System.nanoTime() - started;
		long results = RESULT.matcher(body).results().count();
		if (results != datastreams) {
			throw new IllegalStateException(
					"expected the latest Observation of " + datastreams + " Datastreams, got " + results);
		}
		return took;
	}

	private String get(String url) throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					"GET " + url + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
