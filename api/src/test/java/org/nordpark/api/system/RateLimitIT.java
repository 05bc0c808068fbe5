package org.nordpark.api.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limit on real connections from two loopback addresses standing in for two
 * phones: the one that sends more than the default burst gets 429 with
 * {@code Retry-After}, the other is still served.
 */
class RateLimitIT extends ApiIntegrationTest {

	/** {@code nordpark.api.rate-limit.burst}'s default. */
	private static final int DEFAULT_BURST = 200;

	@Test
	void oneClientOverTheLimitGets429AndAnotherIsServed() throws IOException {
		String refused = null;
		// the bucket refills 2 tokens a second: on a busy machine the burst lasts a few
		// requests longer than 200
		for (int i = 0; i <= 2 * DEFAULT_BURST && refused == null; i++) {
			String answer = request("127.0.0.2");
			if (answer.startsWith("HTTP/1.1 429")) {
				refused = answer;
			}
			else {
				assertThat(answer).startsWith("HTTP/1.1 200");
			}
		}
		assertThat(refused).as("a 429 after the burst").isNotNull();
		assertThat(refused).containsIgnoringCase("Retry-After: ")
			.contains("application/problem+json")
			.contains("\"type\":\"https://nordpark.example/problems/too-many-requests\"");
		assertThat(request("127.0.0.3")).startsWith("HTTP/1.1 200");
		// the tests' own client (127.0.0.1) is exempt by default
		assertThat(get("/live/icon.svg").statusCode()).isEqualTo(200);
	}

	private String request(String from) throws IOException {
		try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), this.port, InetAddress.getByName(from),
				0)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET /live/icon.svg HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
