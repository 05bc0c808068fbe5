package org.nordpark.ingest.mqtt;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class MqttPropertiesTests {

	@Test
	void bindsDefaultsForASharedPersistentSession() {
		MqttProperties properties = bind(Map.of());

		assertThat(properties.brokerUri()).isEqualTo(URI.create("tcp://localhost:1883"));
		assertThat(properties.clientId()).isEqualTo("nordpark-ingest");
		assertThat(properties.sharedGroup()).isNull();
		assertThat(properties.sessionExpiry()).isEqualTo(Duration.ofDays(1));
		assertThat(properties.receiveMaximum()).isEqualTo(10000);
		assertThat(properties.prefix()).isEmpty();
	}

	@Test
	void keepsThePasswordOutOfToString() {
		MqttProperties properties = bind(Map.of("nordpark.mqtt.username", "ingest", "nordpark.mqtt.password", "s3cret",
				"nordpark.mqtt.topic-prefix", "site-a/"));

		assertThat(properties.toString()).doesNotContain("s3cret");
		assertThat(properties.prefix()).isEqualTo("site-a/");
	}

	private static MqttProperties bind(Map<String, String> map) {
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("nordpark.mqtt", MqttProperties.class);
	}

}
