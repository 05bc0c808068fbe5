package org.nordpark.api.mqtt;

import java.net.URI;
import java.time.Duration;

import javax.net.ssl.SSLSocketFactory;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ssl.DefaultSslBundleRegistry;

import static org.assertj.core.api.Assertions.assertThat;

class MqttSocketFactoryTests {

	@Test
	void usesTlsWithTheJvmTrustStoreForAnSslBrokerWithoutABundle() {
		assertThat(MqttSubscriber.socketFactory(properties("ssl://broker.example:8883", null),
				new DefaultSslBundleRegistry()))
			.isInstanceOf(SSLSocketFactory.class);
		assertThat(MqttSubscriber.socketFactory(properties("ssl://broker.example:8883", " "),
				new DefaultSslBundleRegistry()))
			.isInstanceOf(SSLSocketFactory.class);
	}

	@Test
	void usesPlainSocketsForATcpBroker() {
		assertThat(MqttSubscriber.socketFactory(properties("tcp://broker.example:1883", null),
				new DefaultSslBundleRegistry()))
			.isNotInstanceOf(SSLSocketFactory.class);
	}

	private static MqttProperties properties(String uri, @Nullable String sslBundle) {
		return new MqttProperties(URI.create(uri), "api", null, null, sslBundle, 1, Duration.ofSeconds(5),
				Duration.ofSeconds(30), Duration.ofSeconds(1));
	}

}
