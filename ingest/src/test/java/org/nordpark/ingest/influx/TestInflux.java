package org.nordpark.ingest.influx;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.influxdb.InfluxDB;
import org.nordpark.ingest.system.IngestMetrics;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Builds the InfluxDB side of ingest outside Spring, for tests of this package. */
public final class TestInflux {

	private TestInflux() {
	}

	/** Binds {@code nordpark.influx.*} from the given keys (without the prefix). */
	public static InfluxProperties properties(String url, String database, Map<String, String> overrides) {
		Map<String, String> map = new HashMap<>();
		map.put("nordpark.influx.url", url);
		map.put("nordpark.influx.database", database);
		overrides.forEach((key, value) -> map.put("nordpark.influx." + key, value));
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("nordpark.influx",
				InfluxProperties.class);
	}

	public static InfluxDB client(InfluxProperties properties) {
		return new InfluxConfiguration().influxDb(properties);
	}

	/** Sets the database up and starts a writer on it (stop it after the test). */
	public static BatchWriter startWriter(InfluxDB client, InfluxProperties properties) {
		DatabaseSetup setup = new DatabaseSetup(client, properties);
		setup.ensure();
		BatchWriter writer = new BatchWriter(client, properties, setup, new IngestMetrics(new SimpleMeterRegistry()));
		writer.start();
		return writer;
	}

}
