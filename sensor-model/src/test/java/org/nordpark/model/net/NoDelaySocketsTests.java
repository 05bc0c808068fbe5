package org.nordpark.model.net;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoDelaySocketsTests {

	@Test
	void plainSocketsHaveNagleSwitchedOff() throws IOException {
		try (Socket socket = NoDelaySockets.plain().createSocket()) {
			assertThat(socket.getTcpNoDelay()).isTrue();
		}
	}

	@Test
	void tlsSocketsHaveNagleSwitchedOffAndStayTls() throws IOException {
		SSLSocketFactory factory = NoDelaySockets.tls((SSLSocketFactory) SSLSocketFactory.getDefault());
		try (Socket socket = factory.createSocket()) {
			assertThat(socket.getTcpNoDelay()).isTrue();
			assertThat(socket).isInstanceOf(javax.net.ssl.SSLSocket.class);
		}
	}

	@Test
	void choosesTlsForSslBrokersEvenWithoutABundle() {
		SSLSocketFactory bundle = (SSLSocketFactory) SSLSocketFactory.getDefault();
		assertThat(NoDelaySockets.forBroker(URI.create("ssl://broker:8883"), null))
			.isInstanceOf(SSLSocketFactory.class);
		assertThat(NoDelaySockets.forBroker(URI.create("tcp://broker:1883"), bundle))
			.isInstanceOf(SSLSocketFactory.class);
		SocketFactory plain = NoDelaySockets.forBroker(URI.create("tcp://broker:1883"), null);
		assertThat(plain).isNotInstanceOf(SSLSocketFactory.class);
	}

}
