package org.nordpark.mqtt;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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

}
