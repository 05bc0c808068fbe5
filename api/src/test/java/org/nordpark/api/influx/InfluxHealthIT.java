package org.nordpark.api.influx;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import org.influxdb.InfluxDB;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.nordpark.testsupport.InfluxServer;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The InfluxDB health against a real influxd with authentication on: UP only when the
 * configured user can read the configured database, DOWN with a reason that names no
 * secret otherwise — although the server answers {@code /ping} to anyone.
 */
class InfluxHealthIT {

	private static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();

	private static final String READER_PASSWORD = "reader-" + UUID.randomUUID();

	private static final String WRITER_PASSWORD = "writer-" + UUID.randomUUID();

	private static final String DATABASE = "health_check";

	private static InfluxServer influx;

	@BeforeAll
	static void start() {
		influx = InfluxServer.startWithAuth("admin", ADMIN_PASSWORD);
		influx.createDatabase(DATABASE);
		influx.execute("CREATE USER \"reader\" WITH PASSWORD '" + READER_PASSWORD + "'");
		influx.execute("GRANT READ ON \"" + DATABASE + "\" TO \"reader\"");
		influx.execute("CREATE USER \"writer\" WITH PASSWORD '" + WRITER_PASSWORD + "'");
		influx.execute("GRANT WRITE ON \"" + DATABASE + "\" TO \"writer\"");
	}

	@AfterAll
	static void stop() {
		if (influx != null) {
			influx.close();
		}
	}

	@Test
	void isUpWhenTheUserCanReadTheDatabase() {
		Health health = health(influx.url(), DATABASE, "reader", READER_PASSWORD);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).doesNotContainKey("reason");
	}

	@Test
	void isDownWithAWrongPasswordAlthoughTheServerAnswersPings() {
		String wrong = "wrong-" + UUID.randomUUID();
		InfluxProperties properties = properties(influx.url(), DATABASE, "reader", wrong);
		try (InfluxDB client = new InfluxConfiguration().influxDb(properties)) {
			assertThat(client.ping().isGood()).as("InfluxDB 1.x answers /ping without credentials").isTrue();
		}
		Health health = health(influx.url(), DATABASE, "reader", wrong);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(reason(health)).startsWith("authentication failed");
		assertThat(health.toString()).doesNotContain(wrong, READER_PASSWORD);
	}

	@Test
	void isDownWithoutCredentialsOnAServerThatRequiresThem() {
		Health health = health(influx.url(), DATABASE, null, null);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(reason(health)).startsWith("authentication failed");
	}

	@Test
	void isDownWhenTheUserMayOnlyWrite() {
		Health health = health(influx.url(), DATABASE, "writer", WRITER_PASSWORD);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(reason(health)).isEqualTo(ReadCheck.NOT_AUTHORIZED.reason());
		assertThat(health.toString()).doesNotContain(WRITER_PASSWORD);
	}

	@Test
	void isDownWhenTheDatabaseDoesNotExist() {
		Health health = health(influx.url(), "no_such_database", "admin", ADMIN_PASSWORD);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(reason(health)).isEqualTo(ReadCheck.DATABASE_MISSING.reason());
		assertThat(health.getDetails()).containsEntry("database", "no_such_database");
	}

	@Test
	void isDownWhenTheServerCannotBeReached() {
		Health health = health("http://127.0.0.1:9", DATABASE, "reader", READER_PASSWORD);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(reason(health)).startsWith("cannot reach InfluxDB").doesNotContain(READER_PASSWORD);
	}

	private static String reason(Health health) {
		return String.valueOf(health.getDetails().get("reason"));
	}

	private static Health health(String url, String database, @Nullable String user, @Nullable String password) {
		InfluxProperties properties = properties(url, database, user, password);
		try (InfluxDB client = new InfluxConfiguration().influxDb(properties)) {
			return new InfluxHealthIndicator(new InfluxReader(client, properties), properties).health(true);
		}
	}

	private static InfluxProperties properties(String url, String database, @Nullable String user,
			@Nullable String password) {
		return new InfluxProperties(URI.create(url), database, user, password, Duration.ofMillis(500),
				Duration.ofSeconds(5), 2);
	}

}
