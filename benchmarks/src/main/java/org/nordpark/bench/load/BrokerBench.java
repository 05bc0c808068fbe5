package org.nordpark.bench.load;

import java.time.Duration;
import java.util.List;

import org.nordpark.bench.SampleUplinks;
import org.nordpark.bench.load.LoadBench.Bench;
import org.nordpark.testsupport.MosquittoServer;

/**
 * (a) Mosquitto alone: the simulated ChirpStack uplinks published with QoS 1 and
 * delivered with QoS 1 to one subscriber. Time = first publish to last delivery.
 */
final class BrokerBench {

	private final Bench bench;

	BrokerBench(Bench bench) {
		this.bench = bench;
	}

	Table run() throws Exception {
		SampleUplinks samples = this.bench.sampleUplinks(this.bench.uplinks);
		List<String> topics = Bench.topics(samples.events());
		List<byte[]> payloads = Bench.payloads(samples.events());
		double[] rates = new double[this.bench.rounds];
		double[] loads = new double[this.bench.rounds];
		Table table = new Table("mosquitto alone: QoS 1, one publisher connection per --publishers, one subscriber");
		try (MosquittoServer broker = this.bench.mosquitto();
				Counter counter = new Counter(broker.uri(), "bench-sub", "application/#", false);
				Publisher publisher = this.bench.publisher(broker.uri(), "bench-pub")) {
			for (int round = 0; round < this.bench.rounds; round++) {
				loads[round] = Table.load();
				long before = counter.count();
				long start = System.nanoTime();
				publisher.publish(topics, payloads, 0);
				long end = counter.awaitCount(before + payloads.size(), Duration.ofMinutes(10));
				rates[round] = payloads.size() / ((end - start) / 1e9);
				System.out.printf("round %d: %.0f messages/s%n", round + 1, rates[round]);
			}
			table.note("publisher window " + publisher.window() + " per connection (the broker's receive maximum)");
		}
		table.add("delivered to the subscriber", "messages/s", rates, loads);
		table.note(payloads.size() + " messages per run, average "
				+ payloads.stream().mapToInt((p) -> p.length).sum() / payloads.size() + " bytes");
		return table;
	}

}
