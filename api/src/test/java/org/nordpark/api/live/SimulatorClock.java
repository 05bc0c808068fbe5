package org.nordpark.api.live;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import com.sun.net.httpserver.HttpServer;

/**
 * Serves {@code /scenario} as the simulator does in excursion mode, on a free loopback
 * port: the simulated time runs {@code speed} times faster than real time from
 * {@code start}, in a fixed phase.
 */
final class SimulatorClock implements AutoCloseable {

	private final HttpServer server;

	private SimulatorClock(HttpServer server) {
		this.server = server;
	}

	static SimulatorClock start(OffsetDateTime start, String phase, double speed) {
		Instant startedAt = Instant.now();
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/scenario", (exchange) -> {
				Instant now = Instant.now();
				long elapsed = Duration.between(startedAt, now).toNanos();
				String body = "{\"realTime\":\"" + now + "\",\"scenarioTime\":\""
						+ start.plusNanos(Math.round(elapsed * speed)) + "\",\"phase\":\"" + phase + "\",\"speed\":"
						+ speed + ",\"loop\":3,\"loopLength\":\"PT20M\"}";
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, bytes.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			});
			server.start();
			return new SimulatorClock(server);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot start the simulator clock", ex);
		}
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/scenario";
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
