package org.nordpark.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.nordpark.bench.load.LoadBench.Bench;
import org.nordpark.testsupport.InfluxServer;

/**
 * (b) InfluxDB alone: line protocol points ({@code parking}-shaped, 600 series) written
 * over the v1 HTTP API in batches of {@code --batch} points by 1 and 2 writers, each run
 * into a fresh database. Time = first request to last answer; the points are counted
 * afterwards.
 */
final class InfluxBench {

	private final Bench bench;

	InfluxBench(Bench bench) {
		this.bench = bench;
	}

	Table run() throws Exception {
		int points = this.bench.options.getInt("points", 500_000);
		int batch = this.bench.options.getInt("batch", 5_000);
		List<byte[]> batches = new ArrayList<>();
		long base = 1_788_000_000_000_000_000L;
		for (int first = 0; first < points; first += batch) {
			StringBuilder lines = new StringBuilder(batch * 80);
			for (int i = first; i < Math.min(points, first + batch); i++) {
				lines.append("parking,sensor_id=70b3d5e75e00")
					.append(String.format("%04x", i % 600))
					.append(",zone=P")
					.append(1 + i % 8)
					.append(" occupied=")
					.append(i % 2)
					.append("i ")
					.append(base + i * 1_000_000L)
					.append('\n');
			}
			batches.add(lines.toString().getBytes(StandardCharsets.UTF_8));
		}
		Table table = new Table("InfluxDB alone: " + points + " points per run in batches of " + batch);
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		try (InfluxServer influx = this.bench.influx()) {
			for (int writers : new int[] { 1, 2 }) {
				double[] rates = new double[this.bench.rounds];
				double[] loads = new double[this.bench.rounds];
				for (int round = 0; round < this.bench.rounds; round++) {
					String database = influx.newDatabase();
					loads[round] = Table.load();
					long start = System.nanoTime();
					write(http, influx.url() + "/write?db=" + database + "&precision=ns", batches, writers);
					long end = System.nanoTime();
					long stored = influx.countPoints(database, "parking");
					if (stored != points) {
						throw new IllegalStateException("stored " + stored + " of " + points + " points");
					}
					rates[round] = points / ((end - start) / 1e9);
					System.out.printf("%d writer(s), round %d: %.0f points/s%n", writers, round + 1, rates[round]);
					influx.execute("DROP DATABASE \"" + database + "\"");
				}
				table.add(writers + " writer(s)", "points/s", rates, loads);
			}
		}
		return table;
	}

	private static void write(HttpClient http, String url, List<byte[]> batches, int writers) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> results = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				results.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
						HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
							.POST(HttpRequest.BodyPublishers.ofByteArray(batches.get(i)))
							.build(), HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() != 204) {
							throw new IllegalStateException(
									"write answered " + response.statusCode() + ": " + response.body());
						}
					}
					return null;
				}));
			}
			for (Future<?> result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
