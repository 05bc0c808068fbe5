package org.nordpark.bridge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.mqtt.MqttSettings;
import org.nordpark.bridge.catalog.ChirpStackProperties;
import org.nordpark.testsupport.MosquittoExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(MosquittoExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "nordpark.bridge.learn-from-events=false", "nordpark.chirpstack.refresh-interval=2m" })
class BridgeApplicationIT {

	private static final String PREFIX = MosquittoExtension.server().newTopicPrefix();

	@Autowired
	private Environment environment;

	@Autowired
	private MqttSettings mqtt;

	@Autowired
	private ChirpStackProperties chirpStack;

	@Autowired
	private BridgeProperties bridge;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("nordpark.mqtt.broker-uri", () -> MosquittoExtension.server().uri());
		registry.add("nordpark.mqtt.client-id", () -> PREFIX + "-health");
		registry.add("nordpark.bridge.topic-filter", () -> PREFIX + "/application/+/device/+/event/+");
		registry.add("nordpark.catalog.manifest", () -> "src/test/resources/site/bridge-site.yaml");
	}

	@Test
	void reportsHealthUpWithMqttAndCatalogOnceConnected() throws Exception {
		JsonNode health = null;
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			health = JsonMapper.builder().build().readTree(get("/actuator/health"));
			if ("UP".equals(health.at("/status").asString())) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(health.at("/status").asString()).isEqualTo("UP");
		assertThat(health.at("/components/mqtt/details/subscription").asString())
			.isEqualTo(PREFIX + "/application/+/device/+/event/+");
		assertThat(health.at("/components/catalog/details/source").asString()).isEqualTo("manifest");
		assertThat(health.at("/components/catalog/details/entries").asInt()).isEqualTo(9);
	}

	@Test
	void bindsTheConfigurationWithItsDefaults() {
		assertThat(this.mqtt.sharedGroup()).isNull();
		assertThat(this.mqtt.receiveMaximum()).isEqualTo(1000);
		assertThat(this.mqtt.consumers()).isEqualTo(1);
		assertThat(this.mqtt.sessionExpiry()).isEqualTo(Duration.ofHours(1));
		assertThat(this.chirpStack.enabled()).isFalse();
		assertThat(this.chirpStack.refreshInterval()).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.bridge.learnFromEvents()).isFalse();
	}

	@Test
	void keepsSecretsOutOfToString() {
		MqttSettings withPassword = MqttSettings.of(URI.create("tcp://h:1883"), "c").withLogin("u", "hunter2");
		assertThat(withPassword.toString()).doesNotContain("hunter2").contains("******");
		ChirpStackProperties withKey = new ChirpStackProperties("cs:8080", "eyJhbGciOi", java.util.List.of(), "",
				Duration.ZERO, Duration.ZERO, Duration.ZERO, 1, true);
		assertThat(withKey.toString()).doesNotContain("eyJhbGciOi");
	}

	private String get(String path) throws Exception {
		String port = this.environment.getProperty("local.server.port");
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
