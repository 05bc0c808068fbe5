package org.nordpark.api.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import org.nordpark.api.system.problem.ProblemType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests the servlet container itself refuses, sent byte for byte over a socket (an
 * HTTP client would normalise or refuse them): each answer keeps the container's status
 * but is an RFC 9457 problem+json body without a server name, stack trace or echo of the
 * request.
 */
class MalformedRequestsIT extends ApiIntegrationTest {

	private static final String SENSOR = "/api/v1/sensors/";

	@Test
	void answersPathsTheContainerRefusesWithMalformedRequestProblems() {
		Map<String, String> paths = new LinkedHashMap<>();
		paths.put("encoded slash", SENSOR + "..%2F..%2Fetc%2Fpasswd");
		paths.put("encoded backslash", SENSOR + "..%5C..%5Cwindows%5Cwin.ini");
		paths.put("encoded NUL", SENSOR + "%00");
		paths.put("NUL after an id", SENSOR + TestData.BAY_A + "%00.json");
		paths.put("invalid percent-encoding", SENSOR + "%zz");
		paths.put("truncated percent-encoding", SENSOR + "abc%4");
		paths.put("raw character that must be encoded", SENSOR + "a|b{c}");
		for (Map.Entry<String, String> path : paths.entrySet()) {
			Answer answer = get(path.getValue(), "");
			assertProblem(answer, path.getKey(), 400, "malformed-request");
			assertThat(answer.body()).as(path.getKey()).doesNotContain("passwd", "win.ini", "a|b");
		}
	}

	@Test
	void answersInvalidUtf8InThePathWithA400Problem() {
		// decodes to bytes that are not UTF-8: refused by the container or by the api's
		// validation of the sensor id, a problem either way
		Answer answer = get(SENSOR + "%ff%fe", "");
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(json(answer).path("status").asInt()).isEqualTo(400);
	}

	/**
	 * Tomcat 11 answers both with 400 (not 414/431); whichever status it picks, the body
	 * must be the matching problem.
	 */
	@Test
	void answersAnOverlongRequestLineAndOverlargeHeadersWithProblems() {
		Answer line = get("/api/v1/sensors?zone=" + "x".repeat(20_000), "");
		assertProblem(line, "request line of 20 kB", line.status(), expectedType(line.status()));
		assertThat(line.status()).isIn(400, 414);
		Answer header = get("/api/v1/sensors", "X-Filler: " + "y".repeat(20_000) + "\r\n");
		assertProblem(header, "header of 20 kB", header.status(), expectedType(header.status()));
		assertThat(header.status()).isIn(400, 431);
		assertThat(line.body() + header.body()).doesNotContain("xxxxxxxx", "yyyyyyyy");
	}

	@Test
	void answersAQueryStringOverTheLimitWithATooLongProblem() {
		Answer answer = get("/api/v1/sensors?zone=" + "x".repeat(9_000), "");
		assertThat(answer.status()).as(answer.raw()).isEqualTo(414);
		assertThat(json(answer).path("type").asString()).isEqualTo(ProblemType.BASE + "uri-too-long");
		assertThat(json(answer).path("detail").asString()).contains("too long", "9005 characters", "8192");
	}

	@Test
	void acceptsZoneIdsInBracketsAsTyped() {
		Answer answer = get("/api/v1/traffic/flow?from=2025-03-12T17:00:00[Europe/Berlin]&to=2025-03-12T19:00:00Z", "");
		assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
		assertThat(json(answer).path("from").asString()).isEqualTo("2025-03-12T16:00:00Z");
	}

	@Test
	void leavesTheApisOwnProblemsAsTheyAre() {
		Answer unknown = get(SENSOR + "not-a-sensor", "");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(json(unknown).path("type").asString()).isEqualTo(ProblemType.INVALID_PARAMETER.uri().toString());
		Answer missing = get("/nothing-here", "");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(json(missing).path("type").asString()).isEqualTo(ProblemType.NOT_FOUND.uri().toString());
	}

	@Test
	void answersErrorsTheContainerReportsInsideTheApiWithProblems() {
		Answer trace = send("TRACE", "/api/v1/zones", "", "");
		assertThat(trace.status()).isEqualTo(405);
		assertThat(trace.contentType()).as(trace.raw()).startsWith("application/problem+json");
		assertThat(json(trace).path("type").asString()).isEqualTo(ProblemType.METHOD_NOT_ALLOWED.uri().toString());
		Answer errorPage = get("/error", "");
		assertThat(errorPage.status()).isEqualTo(404);
		assertThat(json(errorPage).path("type").asString()).isEqualTo(ProblemType.NOT_FOUND.uri().toString());
		// no filter parses form bodies before the api (none of its endpoints takes one)
		Answer form = send("DELETE", "/api/v1/zones", "Content-Type: application/x-www-form-urlencoded\r\n", "a=%zz");
		assertThat(form.status()).as(form.raw()).isEqualTo(405);
		assertThat(form.contentType()).startsWith("application/problem+json");
	}

	private static String expectedType(int status) {
		return switch (status) {
			case 414 -> "uri-too-long";
			case 431 -> "headers-too-large";
			default -> "malformed-request";
		};
	}

	private static void assertProblem(Answer answer, String what, int status, String type) {
		assertThat(answer.status()).as(what + ": " + answer.raw()).isEqualTo(status);
		assertThat(answer.contentType()).as(what + ": " + answer.raw()).startsWith("application/problem+json");
		JsonNode problem = json(answer);
		assertThat(problem.path("type").asString()).as(what).isEqualTo(ProblemType.BASE + type);
		assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
		assertThat(problem.path("title").asString()).as(what).isNotBlank();
		assertThat(problem.path("detail").asString()).as(what).isNotBlank();
		assertThat(problem.has("instance")).as(what + ": the malformed path is not echoed").isFalse();
		String lower = answer.raw().toLowerCase(Locale.ROOT);
		assertThat(lower).as(what).doesNotContain("tomcat", "apache", "<html", "exception", "\tat ");
	}

	private static JsonNode json(Answer answer) {
		return JSON.readTree(answer.body());
	}

	/**
	 * Sends a GET exactly as written: the path and extra header lines are not touched.
	 */
	private Answer get(String path, String extraHeaders) {
		return send("GET", path, extraHeaders, "");
	}

	private Answer send(String method, String path, String extraHeaders, String body) {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			String length = body.isEmpty() ? "" : "Content-Length: " + body.length() + "\r\n";
			out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + length
					+ "Connection: close\r\n\r\n" + body)
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return Answer.parse(raw);
		}
		catch (IOException ex) {
			throw new IllegalStateException("request failed: " + path.substring(0, Math.min(80, path.length())), ex);
		}
	}

	private record Answer(int status, String contentType, String body, String raw) {

		static Answer parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String head = (end >= 0) ? raw.substring(0, end) : raw;
			String body = (end >= 0) ? raw.substring(end + 4) : "";
			String type = "";
			boolean chunked = false;
			for (String line : head.split("\r\n")) {
				String lower = line.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-type:")) {
					type = line.substring(13).trim();
				}
				if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
			}
			return new Answer(Integer.parseInt(raw.substring(9, 12)), type, chunked ? dechunk(body) : body, raw);
		}

		private static String dechunk(String body) {
			StringBuilder out = new StringBuilder();
			int at = 0;
			while (at < body.length()) {
				int lineEnd = body.indexOf("\r\n", at);
				int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
				if (size == 0) {
					break;
				}
				out.append(body, lineEnd + 2, lineEnd + 2 + size);
				at = lineEnd + 2 + size + 2;
			}
			return out.toString();
		}

	}

}
