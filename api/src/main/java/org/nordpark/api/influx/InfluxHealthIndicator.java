package org.nordpark.api.influx;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the InfluxDB connection ({@code /actuator/health} component {@code influx}).
 */
@Component("influx")
class InfluxHealthIndicator extends AbstractHealthIndicator {

	private final InfluxReader reader;

	private final InfluxProperties properties;

	InfluxHealthIndicator(InfluxReader reader, InfluxProperties properties) {
		super("InfluxDB health check failed");
		this.reader = reader;
		this.properties = properties;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		boolean up = this.reader.ping();
		(up ? builder.up() : builder.down()).withDetail("url", this.properties.url().toString())
			.withDetail("database", this.properties.database());
	}

}
