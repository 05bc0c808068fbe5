package org.nordpark.ingest.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.nordpark.ingest.TestReadings;
import org.nordpark.ingest.influx.BenchWriter;
import org.nordpark.ingest.point.MappedReading;
import org.nordpark.ingest.point.ReadingPointMapper;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Reading;
import org.nordpark.testsupport.InfluxServer;

/**
 * Measures the two halves of the ingest hot path on this machine: parsing and mapping
 * readings (one thread, as on the Paho callback thread) and writing their points to a
 * real {@code influxd} through the batch writer. Not a test; see bench/ingest/README.md.
 * Arguments: readings per round (default 200000), rounds (default 3).
 */
public final class IngestBench {

	private IngestBench() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 200_000;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.DAYS);
		List<byte[]> payloads = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Reading reading = (i % 4 == 0)
					? TestReadings.traffic(TestReadings.sensor(i % 5000), t0.plusMillis(i), i % 20, i % 3, i)
					: TestReadings.parking(TestReadings.sensor(i % 5000), t0.plusMillis(i), i % 2, i);
			payloads.add(ModelJson.write(reading));
		}
		ReadingPointMapper mapper = new ReadingPointMapper();
		List<MappedReading> mapped = new ArrayList<>(count);
		for (int round = 1; round <= rounds; round++) {
			mapped.clear();
			long start = System.nanoTime();
			long points = 0;
			for (byte[] payload : payloads) {
				MappedReading one = mapper.map(ModelJson.readReading(payload));
				points += one.lines().size();
				mapped.add(one);
			}
			report("parse+map", round, count, points, System.nanoTime() - start);
		}
		try (InfluxServer influx = InfluxServer.startOpen()) {
			for (int round = 1; round <= rounds; round++) {
				BenchWriter writer = BenchWriter.start(influx.url(), "bench" + round);
				CountDownLatch done = new CountDownLatch(count);
				long start = System.nanoTime();
				long points = 0;
				for (MappedReading one : mapped) {
					writer.submit(one, done::countDown);
					points += one.lines().size();
				}
				if (!done.await(10, TimeUnit.MINUTES)) {
					throw new IllegalStateException("writes did not finish");
				}
				report("write", round, count, points, System.nanoTime() - start);
				writer.stop();
			}
		}
	}

	private static void report(String phase, int round, int readings, long points, long nanos) {
		double seconds = nanos / 1e9;
		System.out.printf("%-9s round %d: %,d readings (%,d points) in %.2f s = %,.0f readings/s, %,.0f points/s%n",
				phase, round, readings, points, seconds, readings / seconds, points / seconds);
	}

}
