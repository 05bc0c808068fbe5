package org.nordpark.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nordpark.bench.SampleUplinks;
import org.nordpark.bench.load.LoadBench.Bench;
import org.nordpark.model.ModelJson;
import org.nordpark.model.ReadingBatch;
import org.nordpark.model.Topics;
import org.nordpark.simulator.run.OutgoingEvent;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;

/**
 * (c) bridge alone, (d) ingest alone, (e) end to end and (f) latency at a steady rate,
 * against real mosquitto and influxd and the services' exec jars. Each throughput run
 * publishes {@code --uplinks} distinct uplinks after an untimed warm-up of
 * {@code --warmup} uplinks; a run ends when the last message is counted downstream
 * (readings on the broker, or {@code link} points queryable in InfluxDB: one per uplink).
 */
final class PipelineBench {

	private static final String DATABASE = "bench";

	/** Readings per batch message, the bridge's default {@code batch.max-readings}. */
	private static final int BATCH = 500;

	private static final String DEAD_LETTERS = Topics.ROOT + "/deadletter/#";

	private final Bench bench;

	private final int warmup;

	PipelineBench(Bench bench) {
		this.bench = bench;
		this.warmup = bench.options.getInt("warmup", 10_000);
	}

	/**
	 * (c) uplinks published → readings on the broker, each uplink acked after its
	 * reading's PUBACK.
	 */
	Table bridge() throws Exception {
		List<OutgoingEvent> events = this.bench.sampleUplinks(this.warmup + this.bench.rounds * this.bench.uplinks)
			.events();
		Table table = new Table("bridge alone: ChirpStack JSON uplinks → readings on the broker (QoS 1, acked)");
		double[] rates = new double[this.bench.rounds];
		double[] loads = new double[this.bench.rounds];
		try (MosquittoServer broker = this.bench.mosquitto();
				Counter readings = new Counter(broker.uri(), "bench-readings", Topics.READING_BATCHES, false);
				Counter dead = new Counter(broker.uri(), "bench-dead", DEAD_LETTERS, false);
				Service bridge = this.bench.bridge(broker);
				Publisher publisher = this.bench.publisher(broker.uri(), "bench-chirpstack")) {
			publishAndAwait(publisher, events.subList(0, this.warmup), readings);
			for (int round = 0; round < this.bench.rounds; round++) {
				List<OutgoingEvent> slice = slice(events, round);
				loads[round] = Table.load();
				rates[round] = slice.size() / publishAndAwait(publisher, slice, readings);
				System.out.printf("round %d: %.0f uplinks/s%n", round + 1, rates[round]);
			}
			table.note("dead letters: " + dead.count() + "; bridge pid " + bridge.pid());
		}
		table.add("uplinks → readings", "uplinks/s", rates, loads);
		return table;
	}

	/**
	 * (d) readings (as the bridge wrote them) published → points queryable in InfluxDB.
	 */
	Table ingest() throws Exception {
		List<OutgoingEvent> events = this.bench.sampleUplinks(this.warmup + this.bench.rounds * this.bench.uplinks)
			.events();
		Table table = new Table("ingest alone: readings → InfluxDB points, all queryable");
		double[] rates = new double[this.bench.rounds];
		double[] points = new double[this.bench.rounds];
		double[] loads = new double[this.bench.rounds];
		try (MosquittoServer broker = this.bench.mosquitto()) {
			List<Counter.Received> readings = readingsOf(broker, events);
			try (InfluxServer influx = this.bench.influx();
					Counter dead = new Counter(broker.uri(), "bench-dead", DEAD_LETTERS, false);
					Service ingest = this.bench.ingest(broker, influx, DATABASE);
					Publisher publisher = this.bench.publisher(broker.uri(), "bench-readings")) {
				List<Counter.Received> warm = readings.subList(0, this.warmup);
				publisher.publish(batchTopics(warm), batches(warm), 0);
				awaitLinkPoints(influx, this.warmup);
				for (int round = 0; round < this.bench.rounds; round++) {
					int from = this.warmup + round * this.bench.uplinks;
					List<Counter.Received> slice = readings.subList(from, from + this.bench.uplinks);
					loads[round] = Table.load();
					long before = allPoints(influx);
					long start = System.nanoTime();
					publisher.publish(batchTopics(slice), batches(slice), 0);
					long end = awaitLinkPoints(influx, from + this.bench.uplinks);
					double seconds = (end - start) / 1e9;
					rates[round] = slice.size() / seconds;
					points[round] = (allPoints(influx) - before) / seconds;
					System.out.printf("round %d: %.0f readings/s, %.0f points/s%n", round + 1, rates[round],
							points[round]);
				}
				table.note("dead letters: " + dead.count() + "; ingest pid " + ingest.pid());
			}
		}
		table.add("readings → queryable", "readings/s", rates, loads);
		table.add("points written", "points/s", points, loads);
		return table;
	}

	/** (e) uplinks published → bridge → ingest → every uplink's points queryable. */
	Table endToEnd() throws Exception {
		List<OutgoingEvent> events = this.bench.sampleUplinks(this.warmup + this.bench.rounds * this.bench.uplinks)
			.events();
		Table table = new Table("end to end: ChirpStack JSON uplinks → bridge → ingest → InfluxDB, count-verified");
		double[] rates = new double[this.bench.rounds];
		double[] loads = new double[this.bench.rounds];
		try (MosquittoServer broker = this.bench.mosquitto();
				InfluxServer influx = this.bench.influx();
				Counter dead = new Counter(broker.uri(), "bench-dead", DEAD_LETTERS, false);
				Service ingest = this.bench.ingest(broker, influx, DATABASE);
				Service bridge = this.bench.bridge(broker);
				Publisher publisher = this.bench.publisher(broker.uri(), "bench-chirpstack")) {
			List<OutgoingEvent> warm = events.subList(0, this.warmup);
			publisher.publish(Bench.topics(warm), Bench.payloads(warm), 0);
			awaitLinkPoints(influx, this.warmup);
			for (int round = 0; round < this.bench.rounds; round++) {
				List<OutgoingEvent> slice = slice(events, round);
				loads[round] = Table.load();
				long start = System.nanoTime();
				publisher.publish(Bench.topics(slice), Bench.payloads(slice), 0);
				long end = awaitLinkPoints(influx, this.warmup + (round + 1L) * this.bench.uplinks);
				rates[round] = slice.size() / ((end - start) / 1e9);
				System.out.printf("round %d: %.0f uplinks/s%n", round + 1, rates[round]);
			}
			table.note(
					"dead letters: " + dead.count() + "; bridge pid " + bridge.pid() + ", ingest pid " + ingest.pid());
		}
		table.add("uplinks → queryable", "uplinks/s", rates, loads);
		return table;
	}

	/**
	 * (f) a steady rate of uplinks; latency from publish to the uplink's point being
	 * queryable.
	 */
	Table latency() throws Exception {
		int rate = this.bench.options.getInt("rate", 1_000);
		int seconds = this.bench.options.getInt("duration-s", 30);
		int pollMillis = this.bench.options.getInt("poll-ms", 20);
		int perRound = rate * seconds;
		int warm = rate * 5;
		List<OutgoingEvent> events = this.bench.sampleUplinks(warm + this.bench.rounds * perRound).events();
		Table table = new Table("latency at " + rate + " uplinks/s for " + seconds
				+ " s: publish → point queryable (count polled every " + pollMillis + " ms)");
		double[] p50 = new double[this.bench.rounds];
		double[] p99 = new double[this.bench.rounds];
		double[] max = new double[this.bench.rounds];
		double[] loads = new double[this.bench.rounds];
		try (MosquittoServer broker = this.bench.mosquitto();
				InfluxServer influx = this.bench.influx();
				Service ingest = this.bench.ingest(broker, influx, DATABASE);
				Service bridge = this.bench.bridge(broker);
				Publisher publisher = this.bench.publisher(broker.uri(), "bench-chirpstack")) {
			List<OutgoingEvent> warmEvents = events.subList(0, warm);
			publisher.publish(Bench.topics(warmEvents), Bench.payloads(warmEvents), rate);
			awaitLinkPoints(influx, warm);
			for (int round = 0; round < this.bench.rounds; round++) {
				List<OutgoingEvent> slice = events.subList(warm + round * perRound, warm + (round + 1) * perRound);
				// the poll counts only this round's points (their times follow the
				// earlier
				// rounds'): a count over everything written grows with every round and
				// loaded InfluxDB 50 times a second with ever larger scans
				String since = slice.get(0).time().toString();
				long baseline = linkPoints(influx, since);
				loads[round] = Table.load();
				CountPoller poller = new CountPoller(() -> linkPoints(influx, since), pollMillis);
				poller.start();
				long[] sent = publisher.publish(Bench.topics(slice), Bench.payloads(slice), rate);
				long deadline = System.nanoTime() + this.bench.timeout().toNanos();
				while (linkPoints(influx, since) < baseline + perRound) {
					if (System.nanoTime() > deadline) {
						throw new IllegalStateException(
								"round " + (round + 1) + " not queryable within " + this.bench.timeout());
					}
					Service.sleep(50);
				}
				poller.stopAndJoin();
				long[] latencies = poller.latencies(sent, baseline);
				Arrays.sort(latencies);
				p50[round] = Table.percentile(latencies, 50);
				p99[round] = Table.percentile(latencies, 99);
				max[round] = Table.percentile(latencies, 100);
				System.out.printf("round %d: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", round + 1, p50[round],
						p99[round], max[round]);
			}
			table.note("bridge pid " + bridge.pid() + ", ingest pid " + ingest.pid()
					+ "; the k-th uplink counts as queryable at the first poll that saw k new points (FIFO "
					+ "assumption), so each latency includes up to one poll interval");
		}
		table.add("p50", "ms", p50, loads);
		table.add("p99", "ms", p99, loads);
		table.add("max", "ms", max, loads);
		return table;
	}

	private List<OutgoingEvent> slice(List<OutgoingEvent> events, int round) {
		int from = this.warmup + round * this.bench.uplinks;
		return events.subList(from, from + this.bench.uplinks);
	}

	/** Seconds from the first publish until the counter saw every message. */
	private static double publishAndAwait(Publisher publisher, List<OutgoingEvent> events, Counter counter) {
		long before = counter.count();
		long start = System.nanoTime();
		publisher.publish(Bench.topics(events), Bench.payloads(events), 0);
		long end = counter.awaitCount(before + events.size(), Duration.ofMinutes(10));
		return (end - start) / 1e9;
	}

	/**
	 * Readings in batches of the bridge's default size, as the bridge sends them under
	 * load.
	 */
	private static List<byte[]> batches(List<Counter.Received> readings) {
		List<byte[]> batches = new ArrayList<>();
		for (int from = 0; from < readings.size(); from += BATCH) {
			ReadingBatch batch = new ReadingBatch(64 * 1024);
			readings.subList(from, Math.min(from + BATCH, readings.size()))
				.forEach((reading) -> batch.add(reading.payload()));
			batches.add(batch.toByteArray());
		}
		return batches;
	}

	private static List<String> batchTopics(List<Counter.Received> readings) {
		return Collections.nCopies((readings.size() + BATCH - 1) / BATCH, Topics.READING_BATCHES);
	}

	/** Runs the bridge once (untimed) to get the readings it writes for these uplinks. */
	private List<Counter.Received> readingsOf(MosquittoServer broker, List<OutgoingEvent> events) {
		long started = System.nanoTime();
		List<Counter.Received> capture;
		try (Counter counter = new Counter(broker.uri(), "bench-capture", Topics.READING_BATCHES, true);
				Service bridge = this.bench.bridge(broker);
				Publisher publisher = this.bench.publisher(broker.uri(), "bench-chirpstack")) {
			publishAndAwait(publisher, events, counter);
			capture = counter.kept();
		}
		// drop redelivered duplicates: each uplink once, in order
		List<Counter.Received> readings = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Counter.Received received : capture) {
			for (byte[] line : ReadingBatch.lines(received.payload())) {
				if (seen.add(ModelJson.readReading(line).uplinkId())) {
					readings.add(new Counter.Received(received.topic(), line));
				}
			}
		}
		System.out.printf("captured %,d readings from the bridge in %.1f s%n", readings.size(),
				(System.nanoTime() - started) / 1e9);
		return readings;
	}

	private long awaitLinkPoints(InfluxServer influx, long expected) {
		long deadline = System.nanoTime() + this.bench.timeout().toNanos();
		long count;
		while ((count = linkPoints(influx)) < expected) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"only " + count + " of " + expected + " uplinks queryable within " + this.bench.timeout());
			}
			Service.sleep(50);
		}
		if (count > expected) {
			throw new IllegalStateException(count + " link points, expected " + expected);
		}
		return System.nanoTime();
	}

	private static long linkPoints(InfluxServer influx, String since) {
		return influx.rows(DATABASE, "SELECT count(f_cnt) FROM link WHERE time >= '" + since + "'")
			.stream()
			.findFirst()
			.map((row) -> row.get(1).asLong(0))
			.orElse(0L);
	}

	static long linkPoints(InfluxServer influx) {
		return influx.rows(DATABASE, "SELECT count(f_cnt) FROM link")
			.stream()
			.findFirst()
			.map((row) -> row.get(1).asLong(0))
			.orElse(0L);
	}

	private static long allPoints(InfluxServer influx) {
		long total = 0;
		for (String measurement : List.of("parking", "traffic", "people", "environment", "noise", "bin", "device",
				"link")) {
			total += influx.countPoints(DATABASE, measurement);
		}
		return total;
	}

}
