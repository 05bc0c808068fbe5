package org.nordpark.model.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Locale;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

import org.jspecify.annotations.Nullable;

/**
 * Socket factories that switch Nagle's algorithm off ({@code TCP_NODELAY}) on every
 * socket they create.
 * <p>
 * MQTT at QoS 1 is a stream of small packets, each waiting for a small answer (PUBACK).
 * With Nagle on, a small write waits until the previous segment is acknowledged, and the
 * peer's kernel delays that acknowledgement by up to 40 ms: a client with 16 publishes in
 * flight then moves about 400 messages a second however fast both ends are. Paho creates
 * its sockets through {@code MqttConnectionOptions.setSocketFactory} and leaves Nagle on,
 * so every Nordpark MQTT client passes one of these factories.
 */
public final class NoDelaySockets {

	private NoDelaySockets() {
	}

	/**
	 * The socket factory for a broker: TLS with {@code tls} (an SSL bundle's factory)
	 * when given; TLS with the JVM's trust store for an {@code ssl://} or {@code wss://}
	 * broker without one (Paho refuses a plain factory there); plain TCP otherwise.
	 */
	public static SocketFactory forBroker(URI broker, @Nullable SSLSocketFactory tls) {
		if (tls != null) {
			return tls(tls);
		}
		String scheme = String.valueOf(broker.getScheme()).toLowerCase(Locale.ROOT);
		if (scheme.equals("ssl") || scheme.equals("wss")) {
			return tls((SSLSocketFactory) SSLSocketFactory.getDefault());
		}
		return plain();
	}

	/** Plain TCP sockets with {@code TCP_NODELAY}. */
	public static SocketFactory plain() {
		return new Plain(SocketFactory.getDefault());
	}

	/** TLS sockets from {@code delegate} with {@code TCP_NODELAY}. */
	public static SSLSocketFactory tls(SSLSocketFactory delegate) {
		return new Tls(delegate);
	}

	private static <S extends Socket> S noDelay(S socket) throws SocketException {
		socket.setTcpNoDelay(true);
		return socket;
	}

	private static final class Plain extends SocketFactory {

		private final SocketFactory delegate;

		Plain(SocketFactory delegate) {
			this.delegate = delegate;
		}

		@Override
		public Socket createSocket() throws IOException {
			return noDelay(this.delegate.createSocket());
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException {
			return noDelay(this.delegate.createSocket(host, port));
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
			return noDelay(this.delegate.createSocket(host, port, localHost, localPort));
		}

		@Override
		public Socket createSocket(InetAddress host, int port) throws IOException {
			return noDelay(this.delegate.createSocket(host, port));
		}

		@Override
		public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
				throws IOException {
			return noDelay(this.delegate.createSocket(address, port, localAddress, localPort));
		}

	}

	private static final class Tls extends SSLSocketFactory {

		private final SSLSocketFactory delegate;

		Tls(SSLSocketFactory delegate) {
			this.delegate = delegate;
		}

		@Override
		public String[] getDefaultCipherSuites() {
			return this.delegate.getDefaultCipherSuites();
		}

		@Override
		public String[] getSupportedCipherSuites() {
			return this.delegate.getSupportedCipherSuites();
		}

		@Override
		public Socket createSocket() throws IOException {
			return noDelay(this.delegate.createSocket());
		}

		@Override
		public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
			return noDelay(this.delegate.createSocket(socket, host, port, autoClose));
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException {
			return noDelay(this.delegate.createSocket(host, port));
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
			return noDelay(this.delegate.createSocket(host, port, localHost, localPort));
		}

		@Override
		public Socket createSocket(InetAddress host, int port) throws IOException {
			return noDelay(this.delegate.createSocket(host, port));
		}

		@Override
		public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
				throws IOException {
			return noDelay(this.delegate.createSocket(address, port, localAddress, localPort));
		}

	}

}
