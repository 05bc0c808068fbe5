package org.nordpark.ingest.mqtt;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.mqtt.MqttSettings;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class MqttSettingsTests {

	@Test
	void bindsTheSharedDefaultsForOneConsumerWithAPlainSubscription() {
		MqttSettings properties = bind(Map.of());

		assertThat(properties.brokerUri()).isEqualTo(URI.create("tcp://127.0.0.1:1883"));
		assertThat(properties.sharedGroup()).isNull();
		assertThat(properties.consumers()).isEqualTo(1);
		assertThat(properties.subscription("nordpark/v1/readings/#")).isEqualTo("nordpark/v1/readings/#");
		assertThat(properties.sessionExpiry()).isEqualTo(Duration.ofHours(1));
		assertThat(properties.receiveMaximum()).isEqualTo(1000);
		assertThat(new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("nordpark.ingest", IngestTopics.class)
			.prefix()).isEmpty();
	}

	@Test
	void sharesTheSubscriptionBetweenSeveralConsumers() {
		MqttSettings properties = bind(Map.of("nordpark.mqtt.client-id", "ingest-a", "nordpark.mqtt.consumers", "2"));

		assertThat(properties.subscription("nordpark/v1/readings/#"))
			.isEqualTo("$share/ingest-a/nordpark/v1/readings/#");
		assertThat(bind(Map.of("nordpark.mqtt.shared-group", "g")).subscription("x/#")).isEqualTo("$share/g/x/#");
		assertThat(bind(Map.of("nordpark.mqtt.shared-group", "nordpark-ingest")).subscription("nordpark/v1/readings/#"))
			.isEqualTo("$share/nordpark-ingest/nordpark/v1/readings/#");
		assertThat(bind(Map.of("nordpark.mqtt.shared-group", "")).subscription("x/#")).isEqualTo("x/#");
	}

	@Test
	void keepsThePasswordOutOfToString() {
		MqttSettings properties = bind(Map.of("nordpark.mqtt.username", "ingest", "nordpark.mqtt.password", "s3cret"));

		assertThat(properties.toString()).doesNotContain("s3cret");
	}

	private static MqttSettings bind(Map<String, String> map) {
		return new Binder(new MapConfigurationPropertySource(map)).bindOrCreate("nordpark.mqtt", MqttSettings.class);
	}

}
