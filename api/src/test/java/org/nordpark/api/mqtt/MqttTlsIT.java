package org.nordpark.api.mqtt;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nordpark.mqtt.MqttSettings;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;

import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The api's MQTT connection over TLS to a broker whose certificate is signed by a freshly
 * generated CA, trusted only through the SSL bundle named by
 * {@code nordpark.mqtt.ssl-bundle} (a PEM bundle, as
 * {@code spring.ssl.bundle.pem.<name>.truststore.certificate} configures it).
 */
class MqttTlsIT {

	private static final String PASSWORD = "api-" + UUID.randomUUID();

	private static MosquittoServer broker;

	@BeforeAll
	static void start() {
		broker = MosquittoServer.builder().tls().user("nordpark-api", PASSWORD).user("publisher", "p").build();
		broker.start();
	}

	@AfterAll
	static void stop() {
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void receivesReadingsOverTlsTrustingTheBrokersCaFromTheSslBundle() throws InterruptedException {
		Recorder handler = new Recorder("nordpark/v1/readings/#");
		MqttSubscriber subscriber = new MqttSubscriber(properties("mqtt"), List.of(handler), bundles());
		subscriber.start();
		try {
			await().atMost(Duration.ofSeconds(20)).until(subscriber::isConnected);
			try (MqttRecorder publisher = MqttRecorder.connect(broker.tlsUri(), "publisher", "p",
					broker.certificates().trustingSocketFactory())) {
				// the subscription is made right after connecting: publish until it
				// arrives
				await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
					publisher.publish("nordpark/v1/readings/parking/70b3d5e75e00a101",
							"over tls".getBytes(StandardCharsets.UTF_8));
					return handler.messages.poll(200, TimeUnit.MILLISECONDS) != null;
				});
			}
		}
		finally {
			subscriber.stop();
		}
	}

	@Test
	void cannotConnectWithoutTheBundleBecauseTheJvmDoesNotTrustTheCa() throws InterruptedException {
		MqttSubscriber subscriber = new MqttSubscriber(properties(null), List.of(new Recorder("#")), bundles());
		subscriber.start();
		try {
			// a failed TLS handshake takes milliseconds; the bound only guards the check
			Thread.sleep(2000);
			assertThat(subscriber.isConnected()).isFalse();
		}
		finally {
			subscriber.stop();
		}
	}

	@Test
	void refusesToStartWithAnUnknownBundle() {
		assertThatThrownBy(
				() -> new MqttSubscriber(properties("no-such-bundle"), List.of(new Recorder("#")), bundles()))
			.isInstanceOf(NoSuchSslBundleException.class)
			.hasMessageContaining("no-such-bundle");
	}

	private static DefaultSslBundleRegistry bundles() {
		PemSslStoreDetails ca = PemSslStoreDetails
			.forCertificate("file:" + broker.certificates().caCertificate().toAbsolutePath());
		return new DefaultSslBundleRegistry("mqtt", SslBundle.of(new PemSslStoreBundle(null, ca)));
	}

	private static MqttSettings properties(@Nullable String sslBundle) {
		MqttSettings settings = MqttSettings.of(URI.create(broker.tlsUri()), "tls-test")
			.withLogin("nordpark-api", PASSWORD);
		return new MqttSettings(settings.brokerUri(), settings.clientId(), settings.username(), settings.password(),
				sslBundle, settings.keepAlive(), Duration.ofSeconds(5), Duration.ofSeconds(1), settings.sessionExpiry(),
				settings.receiveMaximum(), settings.maxHeld(), settings.maxOutgoing(), 1, null,
				settings.shutdownTimeout());
	}

	private static final class Recorder implements MqttMessageHandler {

		private final String filter;

		private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();

		private Recorder(String filter) {
			this.filter = filter;
		}

		@Override
		public String filter() {
			return this.filter;
		}

		@Override
		public void handle(String topic, byte[] payload, boolean retained) {
			this.messages.add(new String(payload, StandardCharsets.UTF_8));
		}

	}

}
