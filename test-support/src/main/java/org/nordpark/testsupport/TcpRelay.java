package org.nordpark.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP relay on 127.0.0.1 in front of a server, for faults a server alone cannot make:
 * {@link #holdUpstream()} stops passing the client's bytes on (they wait in the socket
 * buffers, never reaching the server) while the server's bytes still reach the client. A
 * connection closed on one side is closed on the other; new connections are accepted
 * until {@link #close()}.
 */
public final class TcpRelay implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(TcpRelay.class);

	private final int targetPort;

	private final ServerSocket listener;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private final Object gate = new Object();

	private final AtomicLong heldBytes = new AtomicLong();

	private volatile boolean holding;

	private volatile boolean closed;

	private TcpRelay(int targetPort) throws IOException {
		this.targetPort = targetPort;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "tcp-relay-" + this.listener.getLocalPort());
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** Starts a relay to a port on 127.0.0.1. */
	public static TcpRelay to(int targetPort) {
		try {
			return new TcpRelay(targetPort);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot open a relay", ex);
		}
	}

	/** The port clients connect to. */
	public int port() {
		return this.listener.getLocalPort();
	}

	/** A {@code tcp://} URI of the relay. */
	public String uri() {
		return "tcp://127.0.0.1:" + port();
	}

	/** From now on, client bytes are read no more and so never reach the server. */
	public void holdUpstream() {
		this.holding = true;
	}

	/** Passes client bytes on again (those of connections still open, and new ones). */
	public void releaseUpstream() {
		synchronized (this.gate) {
			this.holding = false;
			this.gate.notifyAll();
		}
	}

	/** Client bytes that arrived while held and were not passed on. */
	public long heldBytes() {
		return this.heldBytes.get();
	}

	@Override
	public void close() {
		this.closed = true;
		releaseUpstream();
		closeQuietly(this.listener);
		this.sockets.forEach(TcpRelay::closeQuietly);
	}

	private void accept() {
		while (!this.closed) {
			try {
				Socket client = this.listener.accept();
				Socket server = new Socket();
				try {
					server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.targetPort), 2000);
				}
				catch (IOException ex) {
					closeQuietly(client);
					closeQuietly(server);
					continue;
				}
				client.setTcpNoDelay(true);
				server.setTcpNoDelay(true);
				this.sockets.add(client);
				this.sockets.add(server);
				pump(client, server, true);
				pump(server, client, false);
			}
			catch (IOException ex) {
				if (!this.closed) {
					log.debug("relay accept failed [error: {}]", ex.getMessage());
				}
			}
		}
	}

	private void pump(Socket from, Socket to, boolean upstream) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					if (upstream && this.holding) {
						this.heldBytes.addAndGet(read);
						if (!awaitRelease()) {
							return;
						}
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException ex) {
				// one side closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
				this.sockets.remove(from);
				this.sockets.remove(to);
			}
		}, "tcp-relay-" + (upstream ? "up" : "down"));
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Waits while held. Bytes read while held are dropped when the other side closes
	 * meanwhile, as a connection cut would lose them.
	 * @return whether to pass them on
	 */
	private boolean awaitRelease() {
		synchronized (this.gate) {
			while (this.holding && !this.closed) {
				try {
					this.gate.wait(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return !this.closed;
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// closing anyway
		}
	}

}
