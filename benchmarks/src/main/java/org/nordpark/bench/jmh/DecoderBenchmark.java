package org.nordpark.bench.jmh;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.nordpark.bench.SampleUplinks;
import org.nordpark.bridge.chirpstack.ChirpStackEvents;
import org.nordpark.bridge.chirpstack.ChirpStackEvent.Uplink;
import org.nordpark.bridge.decoder.DeviceDecoders;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Observation;
import org.nordpark.model.site.SiteSensor;
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
 * One uplink's payload through {@link DeviceDecoders} (including the kind policy), per
 * model, cycling over up to 1,024 real frames from the simulator so branches and sizes
 * vary as in production.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class DecoderBenchmark {

	private static final int MAX_FRAMES = 1024;

	@Param({ "bosch-tps110", "parametric-tcr", "parametric-pcr2", "elsys-ers", "decentlab-dl-pm", "milesight-ws302",
			"milesight-em500-co2", "milesight-em400-mud" })
	public String model = "bosch-tps110";

	private final DeviceDecoders decoders = DeviceDecoders.standard();

	private CatalogEntry[] sensors = new CatalogEntry[0];

	private int[] ports = new int[0];

	private byte[][] data = new byte[0][];

	private int next;

	@Setup
	public void setUp() {
		SampleUplinks samples = Samples.of(EventFormat.PROTOBUF);
		ChirpStackEvents parser = new ChirpStackEvents();
		List<CatalogEntry> sensors = new ArrayList<>();
		List<Integer> ports = new ArrayList<>();
		List<byte[]> data = new ArrayList<>();
		for (OutgoingEvent event : samples.events()) {
			SiteSensor sensor = samples.site().sensor(event.devEui()).orElseThrow();
			if (!sensor.model().equals(this.model)) {
				continue;
			}
			Uplink up = parser.uplink(event.payload());
			if (up.port() == 0 || up.data().isEmpty()) {
				continue;
			}
			sensors.add(sensor.toCatalogEntry(Instant.EPOCH));
			ports.add(up.port());
			data.add(up.data().toByteArray());
			if (data.size() == MAX_FRAMES) {
				break;
			}
		}
		if (data.isEmpty()) {
			throw new IllegalStateException("no frames of model " + this.model + " in the sample");
		}
		this.sensors = sensors.toArray(CatalogEntry[]::new);
		this.ports = ports.stream().mapToInt(Integer::intValue).toArray();
		this.data = data.toArray(byte[][]::new);
	}

	@Benchmark
	public List<Observation> decode() {
		int i = this.next;
		this.next = (i + 1 == this.data.length) ? 0 : i + 1;
		return this.decoders.decode(this.sensors[i], this.ports[i], this.data[i]);
	}

}
