package org.nordpark.ingest.influx;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.influxdb.InfluxDB;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.model.InfluxSchema;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.UniqueNames;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The locked-down deployments (scripts/demo.sh, docker-compose) create the database and
 * its retention policies with the InfluxDB admin and run ingest as a user with
 * {@code ALL} on that one database, not an admin: the set-up then creates the continuous
 * queries and the late rollups run, without admin rights.
 */
class LeastPrivilegeSetupIT {

	private static InfluxServer influx;

	@BeforeAll
	static void start() {
		influx = InfluxServer.startWithAuth("admin", UniqueNames.next("admin-secret"));
	}

	@AfterAll
	static void stop() {
		influx.close();
	}

	@Test
	void setsUpContinuousQueriesAndRollsUpAsAUserWithAllPrivilegesOnItsDatabaseOnly() {
		String database = UniqueNames.next("db");
		String user = UniqueNames.next("ingest");
		String password = UniqueNames.next("secret");
		adminCreates(database, user, password, "ALL");
		InfluxProperties properties = TestInflux.properties(influx.url(), database,
				Map.of("username", user, "password", password));
		InfluxDB client = TestInflux.client(properties);
		try {
			DatabaseSetup setup = new DatabaseSetup(client, properties);
			setup.ensure();
			assertThat(setup.isDone()).isTrue();
			assertThat(continuousQueries(database)).hasSize(InfluxSchema.rolledUp().size());

			Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(30, ChronoUnit.HOURS);
			influx.write(database, "parking,sensor_id=70b3d5e75e000001,zone=P1 occupied=1 "
					+ hour.plus(10, ChronoUnit.MINUTES).toEpochMilli() * 1_000_000L);
			LateRollups late = new LateRollups(client, properties, setup.rollups());
			late.noteLate(hour.toEpochMilli() * 1_000_000L);
			late.run();
			assertThat(late.pending()).as("late hour rolled up").isZero();
			assertThat(influx.rows(database, "SELECT occupied FROM \"hourly\".\"parking\"")).hasSize(1);
		}
		finally {
			client.close();
		}
	}

	@Test
	void aWriteOnlyUserCannotSetUpTheContinuousQueriesAndSaysWhy() {
		String database = UniqueNames.next("db");
		String user = UniqueNames.next("writer");
		String password = UniqueNames.next("secret");
		adminCreates(database, user, password, "WRITE");
		InfluxProperties properties = TestInflux.properties(influx.url(), database,
				Map.of("username", user, "password", password));
		InfluxDB client = TestInflux.client(properties);
		try {
			assertThatThrownBy(() -> new DatabaseSetup(client, properties).ensure())
				.isInstanceOf(RuntimeException.class)
				.hasMessageContaining("requires READ");
			assertThat(continuousQueries(database)).isEmpty();
		}
		finally {
			client.close();
		}
	}

	private static void adminCreates(String database, String user, String password, String privilege) {
		influx.createDatabase(database);
		influx.execute("CREATE RETENTION POLICY \"raw\" ON \"" + database + "\" DURATION 30d REPLICATION 1 DEFAULT");
		influx.execute("CREATE RETENTION POLICY \"hourly\" ON \"" + database + "\" DURATION INF REPLICATION 1");
		influx.execute("CREATE USER \"" + user + "\" WITH PASSWORD '" + password + "'");
		influx.execute("GRANT " + privilege + " ON \"" + database + "\" TO \"" + user + "\"");
	}

	private static List<String> continuousQueries(String database) {
		JsonNode answer = influx.execute("SHOW CONTINUOUS QUERIES");
		for (JsonNode series : answer.path("results").path(0).path("series")) {
			if (database.equals(series.path("name").asString())) {
				List<String> names = new ArrayList<>();
				series.path("values").forEach((row) -> names.add(row.get(0).asString()));
				return names;
			}
		}
		return List.of();
	}

}
