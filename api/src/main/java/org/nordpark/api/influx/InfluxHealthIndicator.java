package org.nordpark.api.influx;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the InfluxDB connection ({@code /actuator/health} component {@code influx}):
 * UP only when a query with the configured credentials can read the configured database;
 * DOWN with a reason (never a secret) when the credentials are refused, the user may not
 * read, the database is missing or the server cannot be reached.
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
		ReadCheck check = this.reader.checkRead();
		(check.readable() ? builder.up() : builder.down().withDetail("reason", check.reason()))
			.withDetail("url", this.properties.url().toString())
			.withDetail("database", this.properties.database());
	}

}
