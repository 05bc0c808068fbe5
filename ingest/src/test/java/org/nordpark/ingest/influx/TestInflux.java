package org.nordpark.ingest.influx;

import java.util.HashMap;
import java.util.Map;

import org.influxdb.InfluxDB;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Builds the InfluxDB side of ingest outside Spring, for tests of this package. */
final class TestInflux {

	private TestInflux() {
	}

	/** Binds {@code nordpark.influx.*} from the given keys (without the prefix). */
	static InfluxProperties properties(String url, String database, Map<String, String> overrides) {
		Map<String, String> map = new HashMap<>();
		map.put("nordpark.influx.url", url);
		map.put("nordpark.influx.database", database);
		overrides.forEach((key, value) -> map.put("nordpark.influx." + key, value));
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("nordpark.influx",
				InfluxProperties.class);
	}

	static InfluxDB client(InfluxProperties properties) {
		return new InfluxConfiguration().influxDb(properties);
	}

}
