package org.nordpark.api.influx;

import java.util.concurrent.TimeUnit;

import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.influxdb.InfluxDB;
import org.influxdb.InfluxDBFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The InfluxDB client, shared by every reader. */
@Configuration(proxyBeanMethods = false)
class InfluxConfiguration {

	@Bean(destroyMethod = "close")
	InfluxDB influxDb(InfluxProperties properties) {
		Dispatcher dispatcher = new Dispatcher();
		dispatcher.setMaxRequests(properties.maxIdleConnections() * 2);
		dispatcher.setMaxRequestsPerHost(properties.maxIdleConnections() * 2);
		OkHttpClient.Builder http = new OkHttpClient.Builder()
			.connectTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.readTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
			.connectionPool(new ConnectionPool(properties.maxIdleConnections(), 5, TimeUnit.MINUTES))
			.dispatcher(dispatcher);
		String url = properties.url().toString();
		InfluxDB influx = (properties.username() == null || properties.username().isEmpty())
				? InfluxDBFactory.connect(url, http) : InfluxDBFactory.connect(url, properties.username(),
						(properties.password() != null) ? properties.password() : "", http);
		influx.setLogLevel(InfluxDB.LogLevel.NONE);
		return influx;
	}

}
