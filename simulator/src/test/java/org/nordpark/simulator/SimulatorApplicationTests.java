package org.nordpark.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nordpark.simulator.manifest=../config/nordpark-site.yaml",
				"nordpark.mqtt.broker-uri=tcp://127.0.0.1:1", "nordpark.mqtt.connect-timeout=1s" })
class SimulatorApplicationTests {

	@Autowired
	private Environment environment;

	@Test
	void bootsAndReportsDownWhileTheBrokerIsUnreachable() throws Exception {
		String port = this.environment.getProperty("local.server.port");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.body()).contains("\"status\":\"DOWN\"").contains("\"phase\":\"connecting\"");
	}

}
