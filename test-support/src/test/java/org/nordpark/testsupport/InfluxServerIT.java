package org.nordpark.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@ExtendWith(InfluxExtension.class)
class InfluxServerIT {

	@Test
	void sharedServerIsARealInfluxdThatStoresPoints(InfluxServer influx) throws Exception {
		assertThat(influx.isRunning()).isTrue();
		assertThat(Files.readString(Path.of("/proc/" + influx.pid() + "/cmdline"))).contains("influxd");
		String db = influx.newDatabase();
		influx.write(db, "parking,sensor_id=a,zone=P1 occupied=1i 1700000000000000000\n"
				+ "parking,sensor_id=b,zone=P1 occupied=0i 1700000000000000000");
		assertThat(influx.countPoints(db, "parking")).isEqualTo(2);
		assertThat(influx.rows(db, "SELECT sum(occupied) FROM parking")).singleElement()
			.satisfies((row) -> assertThat(row.get(1).asLong()).isEqualTo(1));
	}

	@Test
	void eachTestGetsItsOwnDatabase(InfluxServer influx) {
		String first = influx.newDatabase();
		String second = influx.newDatabase();
		assertThat(first).isNotEqualTo(second);
		influx.write(first, "m v=1 1");
		assertThat(influx.countPoints(second, "m")).isZero();
	}

	@Test
	void restartKeepsTheDataAndPauseFreezesTheServer() {
		try (InfluxServer influx = InfluxServer.startOpen()) {
			String db = influx.newDatabase();
			influx.write(db, "m v=1 1");
			influx.restart();
			assertThat(influx.countPoints(db, "m")).isEqualTo(1);
			influx.pause();
			assertThatIllegalStateException().isThrownBy(() -> influx.countPoints(db, "m"));
			influx.resume();
			assertThat(influx.countPoints(db, "m")).isEqualTo(1);
		}
	}

	@Test
	void authenticationRefusesAnonymousQueries() throws Exception {
		try (InfluxServer influx = InfluxServer.startWithAuth("admin", "pa55")) {
			String db = influx.newDatabase();
			influx.write(db, "m v=1 1");
			assertThat(influx.countPoints(db, "m")).isEqualTo(1);
			HttpRequest anonymous = HttpRequest.newBuilder(URI.create(influx.url() + "/query?q=SHOW%20DATABASES"))
				.build();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(anonymous, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(401);
		}
	}

	@Test
	void closeStopsTheProcessAndDeletesItsDirectory() {
		InfluxServer influx = InfluxServer.startOpen();
		Path directory = influx.directory();
		assertThat(directory.resolve("data")).exists();
		influx.close();
		assertThat(influx.isRunning()).isFalse();
		assertThat(directory).doesNotExist();
	}

}
