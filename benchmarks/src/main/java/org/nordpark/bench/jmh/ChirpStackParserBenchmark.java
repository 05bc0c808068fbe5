package org.nordpark.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.nordpark.bench.SampleUplinks;
import org.nordpark.bridge.chirpstack.ChirpStackEvents;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.Uplink;
import org.nordpark.simulator.run.OutgoingEvent;
import org.nordpark.simulator.run.SimulatorProperties.EventFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One ChirpStack {@code up} event (about 1.7 KB of JSON, or its protobuf form) through
 * {@link ChirpStackEvents#uplink}, cycling over 4,096 simulated events.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ChirpStackParserBenchmark {

	private static final int EVENTS = 4096;

	@Param({ "json", "protobuf" })
	public String format = "json";

	private final ChirpStackEvents parser = new ChirpStackEvents();

	private byte[][] payloads = new byte[0][];

	private int next;

	@Setup
	public void setUp() {
		EventFormat eventFormat = EventFormat.valueOf(this.format.toUpperCase(java.util.Locale.ROOT));
		SampleUplinks samples = Samples.of(eventFormat);
		this.payloads = samples.events().stream().limit(EVENTS).map(OutgoingEvent::payload).toArray(byte[][]::new);
	}

	@Benchmark
	public Uplink parse() {
		int i = this.next;
		this.next = (i + 1 == this.payloads.length) ? 0 : i + 1;
		return this.parser.uplink(this.payloads[i]);
	}

}
