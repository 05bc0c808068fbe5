package org.nordpark.bridge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.AppProcess;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bridge over TLS with user name and password: the broker's CA comes from a Spring
 * Boot PEM SSL bundle named by {@code nordpark.mqtt.ssl-bundle}.
 */
class BridgeTlsIT {

	private static MosquittoServer broker;

	@BeforeAll
	static void startBroker() {
		broker = MosquittoServer.builder().tls().user("bridge", "s3cret").user("client", "c").build();
		broker.start();
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@Test
	void bridgesOverTlsWithCredentials() throws InterruptedException {
		String uplinkId = UUID.randomUUID().toString();
		Map<String, String> properties = Map.of("nordpark.mqtt.broker-uri", broker.tlsUri(), "nordpark.mqtt.username",
				"bridge", "nordpark.mqtt.password", "s3cret", "nordpark.mqtt.ssl-bundle", "mqtt",
				"spring.ssl.bundle.pem.mqtt.truststore.certificate",
				"file:" + broker.certificates().caCertificate().toAbsolutePath(), "nordpark.mqtt.client-id",
				"tls-test-bridge", "nordpark.catalog.manifest",
				Path.of("src/test/resources/site/bridge-site.yaml").toAbsolutePath().toString());
		try (AppProcess bridge = new AppProcess(BridgeApplication.class.getName(), properties,
				List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"))
			.start();
				MqttRecorder client = MqttRecorder.connect(broker.tlsUri(), "client", "c",
						broker.certificates().trustingSocketFactory())) {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (!"UP".equals(JsonMapper.builder()
				.build()
				.readTree(bridge.get("/actuator/health"))
				.at("/components/mqtt/status")
				.asString())) {
				assertThat(System.nanoTime()).as("bridge connected over TLS\n" + bridge.logTail()).isLessThan(deadline);
				Thread.sleep(100);
			}
			client.subscribe(Topics.READING_BATCHES);
			client.publish(ChirpStackUplinks.topic("", "70b3d5e75e00a001", "up").substring(1),
					ChirpStackUplinks.json(uplinkId, "70b3d5e75e00a001", 1, "01"));
			assertThat(ModelJson.readReading(client.awaitLines(Topics.READING_BATCHES, 1, (line) -> true).get(0))
				.uplinkId()).isEqualTo(uplinkId);
		}
	}

}
