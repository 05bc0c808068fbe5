package org.nordpark.mqtt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Locale;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.SslBundles;

/**
 * Socket factories for Paho: Nagle's algorithm off ({@code TCP_NODELAY}) on every socket,
 * and a read buffer on plain TCP sockets (TLS sockets buffer already). Why each matters,
 * measured: docs/performance.md, "Nagle off on every MQTT socket" and "Paho's receive
 * path".
 */
public final class MqttSockets {

	/** Bytes read from the socket at once. */
	static final int READ_BUFFER = 64 * 1024;

	private MqttSockets() {
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

	/**
	 * The socket factory for the configured broker: TLS trusting the named SSL bundle
	 * ({@code nordpark.mqtt.ssl-bundle}), else as
	 * {@link #forBroker(URI, SSLSocketFactory)}. An unknown bundle or unreadable
	 * certificate fails here, at start, not on every connect.
	 */
	public static SocketFactory forBroker(MqttSettings settings, @Nullable SslBundles sslBundles) {
		SSLSocketFactory tls = null;
		if (settings.hasSslBundle()) {
			if (sslBundles == null) {
				throw new IllegalStateException("nordpark.mqtt.ssl-bundle is set but no SSL bundles are configured");
			}
			tls = sslBundles.getBundle(settings.sslBundle()).createSslContext().getSocketFactory();
		}
		return forBroker(settings.brokerUri(), tls);
	}

	/** Plain TCP sockets with {@code TCP_NODELAY} and a buffered input stream. */
	public static SocketFactory plain() {
		return new Plain();
	}

	/** TLS sockets from {@code delegate} with {@code TCP_NODELAY}. */
	public static SSLSocketFactory tls(SSLSocketFactory delegate) {
		return new Tls(delegate);
	}

	private static <S extends Socket> S noDelay(S socket) throws SocketException {
		socket.setTcpNoDelay(true);
		return socket;
	}

	/**
	 * Unconnected sockets, as Paho asks for them ({@code createSocket()} then
	 * {@code connect}); the connecting variants connect the same kind of socket.
	 */
	private static final class Plain extends SocketFactory {

		@Override
		public Socket createSocket() throws IOException {
			return noDelay(new BufferedSocket());
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException {
			return connected(new InetSocketAddress(host, port), null);
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
			return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
		}

		@Override
		public Socket createSocket(InetAddress host, int port) throws IOException {
			return connected(new InetSocketAddress(host, port), null);
		}

		@Override
		public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
				throws IOException {
			return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
		}

		private Socket connected(InetSocketAddress remote, @Nullable InetSocketAddress local) throws IOException {
			Socket socket = createSocket();
			if (local != null) {
				socket.bind(local);
			}
			socket.connect(remote);
			return socket;
		}

	}

	/** A plain socket whose input stream is buffered. */
	private static final class BufferedSocket extends Socket {

		private @Nullable InputStream input;

		@Override
		public synchronized InputStream getInputStream() throws IOException {
			InputStream stream = this.input;
			if (stream == null) {
				stream = new BufferedInputStream(super.getInputStream(), READ_BUFFER);
				this.input = stream;
			}
			return stream;
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
