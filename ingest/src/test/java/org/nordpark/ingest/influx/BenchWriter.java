package org.nordpark.ingest.influx;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.influxdb.InfluxDB;
import org.nordpark.ingest.point.MappedReading;
import org.nordpark.ingest.system.IngestMetrics;

/** The batch writer with default settings, outside Spring, for the benchmark. */
public final class BenchWriter {

	private final InfluxDB client;

	private final BatchWriter writer;

	private BenchWriter(InfluxDB client, BatchWriter writer) {
		this.client = client;
		this.writer = writer;
	}

	public static BenchWriter start(String url, String database) {
		InfluxProperties properties = TestInflux.properties(url, database, Map.of());
		InfluxDB client = TestInflux.client(properties);
		DatabaseSetup setup = new DatabaseSetup(client, properties);
		setup.ensure();
		BatchWriter writer = new BatchWriter(client, properties, setup, new IngestMetrics(new SimpleMeterRegistry()));
		writer.start();
		return new BenchWriter(client, writer);
	}

	public void submit(MappedReading reading, Runnable onWritten) throws InterruptedException {
		this.writer.submit(new WriteRequest() {

			@Override
			public List<String> lines() {
				return reading.lines();
			}

			@Override
			public long time() {
				return reading.time();
			}

			@Override
			public void written() {
				onWritten.run();
			}

			@Override
			public void rejected(String reason) {
				throw new IllegalStateException(reason);
			}

			@Override
			public void dropped() {
				throw new IllegalStateException("dropped");
			}

		});
	}

	public void stop() {
		this.writer.stop();
		this.client.close();
	}

}
