package org.nordpark.simulator.run;

import java.net.URI;
import java.time.Duration;

import javax.net.ssl.SSLSocketFactory;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.NoSuchSslBundleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MqttSocketFactoryTests {

	@Test
	void usesTlsWithTheJvmTrustStoreForAnSslBrokerWithoutABundle() {
		assertThat(MqttEventPublisher.socketFactory(properties("ssl://broker.example:8883", null),
				new DefaultSslBundleRegistry()))
			.isInstanceOf(SSLSocketFactory.class);
	}

	@Test
	void usesPlainSocketsForATcpBroker() {
		assertThat(MqttEventPublisher.socketFactory(properties("tcp://broker.example:1883", ""),
				new DefaultSslBundleRegistry()))
			.isNotInstanceOf(SSLSocketFactory.class);
	}

	@Test
	void refusesAnUnknownBundleWhenCreated() {
		assertThatThrownBy(() -> new MqttEventPublisher(properties("ssl://broker.example:8883", "missing"),
				new DefaultSslBundleRegistry()))
			.isInstanceOf(NoSuchSslBundleException.class);
	}

	private static MqttProperties properties(String uri, @Nullable String sslBundle) {
		return new MqttProperties(URI.create(uri), "simulator", null, null, sslBundle, 1, 64, Duration.ofSeconds(5));
	}

}
