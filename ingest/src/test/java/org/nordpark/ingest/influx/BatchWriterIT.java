package org.nordpark.ingest.influx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.influxdb.InfluxDB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.ingest.system.IngestMetrics;
import org.nordpark.testsupport.InfluxExtension;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.UniqueNames;

import static org.assertj.core.api.Assertions.assertThat;

/** The batch writer against a real InfluxDB: a refused point fails only its reading. */
@ExtendWith(InfluxExtension.class)
class BatchWriterIT {

	private static final long T0 = (System.currentTimeMillis() - 3_600_000L) * 1_000_000L;

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private String database;

	private InfluxDB client;

	private BatchWriter writer;

	@BeforeEach
	void start(InfluxServer influx) {
		this.database = UniqueNames.next("db");
		// one batch for everything submitted at once
		InfluxProperties properties = TestInflux.properties(influx.url(), this.database,
				Map.of("batch-max-age", "2s", "batch-size", "1000", "raw-retention", "720h"));
		this.client = TestInflux.client(properties);
		DatabaseSetup setup = new DatabaseSetup(this.client, properties);
		setup.ensure();
		this.writer = new BatchWriter(this.client, properties, setup, new IngestMetrics(this.meters));
		this.writer.start();
	}

	@AfterEach
	void stop() {
		this.writer.stop();
		this.client.close();
	}

	@Test
	void splitsARefusedBatchSoOnlyTheReadingWithTheBadPointIsRejected(InfluxServer influx) throws Exception {
		// an earlier float makes an integer 'tilted' a field type conflict
		influx.write(this.database, "bin,sensor_id=a tilted=0.5 " + T0);
		List<RecordingRequest> good = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			good.add(new RecordingRequest("parking,sensor_id=p" + i + " occupied=1i " + (T0 + i),
					"link,sensor_id=p" + i + " f_cnt=" + i + "i " + (T0 + i)));
		}
		RecordingRequest conflicting = new RecordingRequest("link,sensor_id=b f_cnt=1i " + T0,
				"bin,sensor_id=b tilted=1i " + T0);
		RecordingRequest beyondRetention = new RecordingRequest("parking,sensor_id=old occupied=0i 1000000000");
		for (int i = 0; i < 10; i++) {
			this.writer.submit(good.get(i));
			if (i == 3) {
				this.writer.submit(conflicting);
			}
			if (i == 7) {
				this.writer.submit(beyondRetention);
			}
		}

		for (RecordingRequest request : good) {
			assertThat(request.awaitOutcome()).isEqualTo("written");
		}
		assertThat(conflicting.awaitOutcome()).startsWith("rejected: InfluxDB answered 400")
			.contains("field type conflict");
		assertThat(beyondRetention.awaitOutcome()).startsWith("rejected: InfluxDB answered 400")
			.contains("points beyond retention policy");
		assertThat(influx.countPoints(this.database, "parking")).isEqualTo(10);
		assertThat(this.meters.counter("nordpark.ingest.batches", "outcome", "split").count()).isPositive();
		assertThat(this.writer.inFlight()).isZero();
	}

	@Test
	void acknowledgesAReadingOnlyAfterItsBatchIsStored(InfluxServer influx) throws Exception {
		RecordingRequest request = new RecordingRequest("people,sensor_id=x,direction=in count=3i,total=40i " + T0);

		this.writer.submit(request);

		assertThat(request.awaitOutcome()).isEqualTo("written");
		assertThat(influx.rows(this.database, "SELECT count, total FROM people")).singleElement()
			.satisfies((row) -> assertThat(row.get(1).asLong()).isEqualTo(3));
		assertThat(this.meters.counter("nordpark.ingest.points.written").count()).isEqualTo(1);
	}

}
