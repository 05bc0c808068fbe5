package org.nordpark.simulator.compose;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.paho.mqttv5.common.MqttException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nordpark.simulator.MqttLogin;
import org.nordpark.testsupport.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The optional TLS of docker-compose ({@code docker-compose.tls.yml}) with certificates
 * made by {@code scripts/tls-certs.sh}: a real mosquitto with the listener settings of
 * {@code config/docker/mosquitto-tls.conf}, the shipped ACL and a password file from
 * {@code scripts/mosquitto-users.sh} accepts a service that trusts only the generated CA
 * and checks the host name, refuses anonymous clients over TLS, and a client that does
 * not trust the CA fails the handshake.
 */
class TlsCertificatesIT {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	@Test
	void generatedCertificatesSecureTheLockedDownBroker(@TempDir Path dir) throws Exception {
		Path certs = dir.resolve("certs");
		run(Map.of(), "bash", "scripts/tls-certs.sh", certs.toString());
		for (String key : List.of("server.key", "ca.key")) {
			assertThat(Files.getPosixFilePermissions(certs.resolve(key))).as(key)
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		}
		String password = UUID.randomUUID().toString();
		run(Map.of("NORDPARK_MQTT_PASSWORD_BRIDGE", password), "sh", "scripts/mosquitto-users.sh",
				dir.resolve("passwd").toString());
		int port = FreePorts.next();
		String tlsConfig = Files.readString(ROOT.resolve("config/docker/mosquitto-tls.conf"));
		assertThat(tlsConfig).contains("cafile /mosquitto/auth/ca.crt", "certfile /mosquitto/auth/server.crt",
				"keyfile /mosquitto/auth/server.key");
		Files.writeString(dir.resolve("mosquitto.conf"),
				String.join("\n", "user " + System.getProperty("user.name"), "per_listener_settings false",
						"allow_anonymous false", "password_file " + dir.resolve("passwd"),
						"acl_file " + ROOT.resolve("config/mosquitto/acl"), "listener " + port + " 127.0.0.1",
						"cafile " + certs.resolve("ca.crt"), "certfile " + certs.resolve("server.crt"),
						"keyfile " + certs.resolve("server.key"), "tls_version tlsv1.2", "log_dest stderr", ""));
		Process broker = new ProcessBuilder("mosquitto", "-c", dir.resolve("mosquitto.conf").toString())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("mosquitto.log").toFile())
			.start();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> listening(port));
			SSLSocketFactory trusting = trusting(certs.resolve("ca.crt"));
			assertThat(connect("ssl://localhost:" + port, trusting, "nordpark-bridge", password))
				.as("bridge over TLS, host name localhost")
				.isNull();
			assertThat(connect("ssl://127.0.0.1:" + port, trusting, "nordpark-bridge", password))
				.as("bridge over TLS, address 127.0.0.1")
				.isNull();
			assertThat(connect("ssl://localhost:" + port, trusting, null, null)).as("anonymous over TLS").isNotNull();
			assertThat(connect("ssl://localhost:" + port, trusting, "nordpark-bridge", "wrong"))
				.as("wrong password over TLS")
				.isNotNull();
			assertThat(connect("ssl://localhost:" + port, SSLContext.getDefault().getSocketFactory(), "nordpark-bridge",
					password))
				.as("a client that does not trust the generated CA")
				.isNotNull();
		}
		finally {
			broker.destroy();
			broker.waitFor(10, TimeUnit.SECONDS);
		}
	}

	private static void run(Map<String, String> environment, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(ROOT.toFile())
			.redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
	}

	private static SSLSocketFactory trusting(Path caCertificate) throws Exception {
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		store.load(null, null);
		try (InputStream in = Files.newInputStream(caCertificate)) {
			store.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(store);
		SSLContext context = SSLContext.getInstance("TLSv1.2");
		context.init(null, trust.getTrustManagers(), null);
		return context.getSocketFactory();
	}

	private static @Nullable MqttException connect(String uri, SSLSocketFactory sockets, @Nullable String user,
			@Nullable String password) throws MqttException {
		return MqttLogin.refusal(uri, user, password, (options) -> {
			options.setSocketFactory(sockets);
			options.setHttpsHostnameVerificationEnabled(true);
		});
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
