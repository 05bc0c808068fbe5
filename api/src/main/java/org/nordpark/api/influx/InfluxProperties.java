package org.nordpark.api.influx;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.InfluxSchema;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * InfluxDB connection ({@code nordpark.influx}); the api only reads.
 *
 * @param url base URL of the v1 HTTP API
 * @param database database name
 * @param username user name, empty for an open server
 * @param password password, from {@code NORDPARK_INFLUX_PASSWORD}; never logged
 * @param connectTimeout time to open a connection
 * @param readTimeout time a query may take before it fails with 503
 * @param maxIdleConnections pooled keep-alive connections
 */
@ConfigurationProperties("nordpark.influx")
public record InfluxProperties(@DefaultValue("http://127.0.0.1:8086") URI url,
		@DefaultValue(InfluxSchema.DATABASE) String database, @Nullable String username, @Nullable String password,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("64") int maxIdleConnections) {

	@Override
	public String toString() {
		return "InfluxProperties[url=" + this.url + ", database=" + this.database + ", username=" + this.username
				+ ", password=" + ((this.password == null || this.password.isEmpty()) ? "<none>" : "******") + "]";
	}

}
