package org.nordpark.ingest.influx;

import java.util.concurrent.TimeUnit;

import okhttp3.OkHttpClient;
import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBFactory;
import org.nordpark.ingest.system.IngestMetrics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The InfluxDB client, database set-up and the batch writer. */
@Configuration(proxyBeanMethods = false)
class InfluxConfiguration {

	@Bean(destroyMethod = "close")
	InfluxDB influxDb(InfluxProperties properties) {
		long timeout = properties.timeout().toMillis();
		OkHttpClient.Builder http = new OkHttpClient.Builder().addInterceptor(new WriteStatusInterceptor())
			.connectTimeout(timeout, TimeUnit.MILLISECONDS)
			.readTimeout(timeout, TimeUnit.MILLISECONDS)
			.writeTimeout(timeout, TimeUnit.MILLISECONDS)
			.retryOnConnectionFailure(false);
		String url = properties.url().toString();
		InfluxDB influx = properties.hasCredentials()
				? InfluxDBFactory.connect(url, properties.username(),
						(properties.password() != null) ? properties.password() : "", http)
				: InfluxDBFactory.connect(url, http);
		influx.setLogLevel(InfluxDB.LogLevel.NONE);
		if (properties.gzip()) {
			influx.enableGzip();
		}
		return influx;
	}

	@Bean
	DatabaseSetup databaseSetup(InfluxDB influx, InfluxProperties properties) {
		return new DatabaseSetup(influx, properties);
	}

	@Bean
	BatchWriter batchWriter(InfluxDB influx, InfluxProperties properties, DatabaseSetup setup, IngestMetrics metrics) {
		return new BatchWriter(influx, properties, setup, metrics);
	}

	@Bean
	InfluxHealthIndicator influxHealthIndicator(InfluxDB influx, InfluxProperties properties, BatchWriter writer,
			DatabaseSetup setup) {
		return new InfluxHealthIndicator(influx, properties, writer, setup);
	}

}
