package org.nordpark.mqtt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

import org.junit.jupiter.api.Test;

import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.NoSuchSslBundleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MqttSocketsTests {

	@Test
	void plainSocketsHaveNagleSwitchedOff() throws IOException {
		try (Socket socket = MqttSockets.plain().createSocket()) {
			assertThat(socket.getTcpNoDelay()).isTrue();
		}
	}

	@Test
	void tlsSocketsHaveNagleSwitchedOffAndStayTls() throws IOException {
		SSLSocketFactory factory = MqttSockets.tls((SSLSocketFactory) SSLSocketFactory.getDefault());
		try (Socket socket = factory.createSocket()) {
			assertThat(socket.getTcpNoDelay()).isTrue();
			assertThat(socket).isInstanceOf(javax.net.ssl.SSLSocket.class);
		}
	}

	@Test
	void choosesTlsForSslBrokersEvenWithoutABundle() {
		SSLSocketFactory bundle = (SSLSocketFactory) SSLSocketFactory.getDefault();
		assertThat(MqttSockets.forBroker(URI.create("ssl://broker:8883"), null)).isInstanceOf(SSLSocketFactory.class);
		assertThat(MqttSockets.forBroker(URI.create("tcp://broker:1883"), bundle)).isInstanceOf(SSLSocketFactory.class);
		SocketFactory plain = MqttSockets.forBroker(URI.create("tcp://broker:1883"), null);
		assertThat(plain).isNotInstanceOf(SSLSocketFactory.class);
	}

	@Test
	void plainSocketsReadThroughABuffer() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				Socket socket = MqttSockets.plain().createSocket()) {
			socket.connect(server.getLocalSocketAddress());
			try (Socket peer = server.accept()) {
				peer.getOutputStream().write(new byte[] { 0x30, 2, 'a', 'b' });
				peer.getOutputStream().flush();
				InputStream in = socket.getInputStream();
				assertThat(in).isInstanceOf(BufferedInputStream.class).isSameAs(socket.getInputStream());
				assertThat(in.read()).isEqualTo(0x30);
				assertThat(in.readNBytes(3)).containsExactly(2, 'a', 'b');
			}
		}
	}

	@Test
	void takesTheTrustFromTheNamedSslBundle() {
		DefaultSslBundleRegistry none = new DefaultSslBundleRegistry();
		MqttSettings ssl = MqttSettings.of(URI.create("ssl://broker.example:8883"), "c");
		assertThat(MqttSockets.forBroker(ssl, none)).isInstanceOf(SSLSocketFactory.class);
		assertThat(MqttSockets.forBroker(withBundle(ssl, " "), none)).isInstanceOf(SSLSocketFactory.class);
		assertThat(MqttSockets.forBroker(MqttSettings.of(URI.create("tcp://broker.example:1883"), "c"), none))
			.isNotInstanceOf(SSLSocketFactory.class);
		assertThatThrownBy(() -> MqttSockets.forBroker(withBundle(ssl, "no-such-bundle"), none))
			.isInstanceOf(NoSuchSslBundleException.class)
			.hasMessageContaining("no-such-bundle");
	}

	private static MqttSettings withBundle(MqttSettings settings, String bundle) {
		return new MqttSettings(settings.brokerUri(), settings.clientId(), null, null, bundle, settings.keepAlive(),
				settings.connectTimeout(), settings.reconnectDelay(), settings.sessionExpiry(),
				settings.receiveMaximum(), settings.maxHeld(), settings.maxOutgoing(), 1, null,
				settings.shutdownTimeout());
	}

}
