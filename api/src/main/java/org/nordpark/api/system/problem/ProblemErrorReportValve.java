package org.nordpark.api.system.problem;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for requests the container refuses before any servlet sees them
 * (an encoded slash, backslash or NUL in the path, invalid percent-encoding, an invalid
 * character in the request line, a request line or headers too large): an RFC 9457
 * {@code application/problem+json} body instead of Tomcat's HTML page. The body names
 * neither the server nor its version, carries no stack trace, and echoes nothing from the
 * request (the path is what was malformed, so there is no {@code instance}). Tomcat keeps
 * refusing these requests; only the answer changes. Errors the api answers itself already
 * have a body and pass through untouched.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

	private final JsonMapper json;

	ProblemErrorReportValve(JsonMapper json) {
		this.json = json;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, @Nullable Throwable throwable) {
		int status = response.getStatus();
		// as Tomcat's own report: only for errors (sendError) nobody has answered yet
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		log.debug("request refused by the container [status: {}]", status);
		try {
			String body = this.json.writeValueAsString(problem(status));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setHeader("Cache-Control", "no-store");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("cannot write the error report [status: {}, reason: {}]", status, ex.getMessage());
		}
	}

	/** The problem for a status the container answered with. */
	static Map<String, Object> problem(int status) {
		ProblemType type = switch (status) {
			case 400 -> ProblemType.MALFORMED_REQUEST;
			case 404 -> ProblemType.NOT_FOUND;
			case 405 -> ProblemType.METHOD_NOT_ALLOWED;
			case 414 -> ProblemType.URI_TOO_LONG;
			case 431 -> ProblemType.HEADERS_TOO_LARGE;
			default -> (status >= 500) ? ProblemType.INTERNAL_ERROR : null;
		};
		Map<String, Object> problem = new LinkedHashMap<>();
		if (type != null) {
			problem.put("type", type.uri().toString());
			problem.put("title", type.title());
		}
		else {
			HttpStatus known = HttpStatus.resolve(status);
			problem.put("type", "about:blank");
			problem.put("title", (known != null) ? known.getReasonPhrase() : "Error");
		}
		problem.put("status", status);
		problem.put("detail", detail(status));
		return problem;
	}

	private static String detail(int status) {
		return switch (status) {
			case 400 -> "the request was refused before it reached the api: its path or request line is malformed "
					+ "(for example an encoded slash, backslash or NUL, invalid percent-encoding or a character "
					+ "that must be encoded), or the request line and headers are longer than the 16 KB the server "
					+ "accepts";
			case 404 -> "no resource at this path";
			case 414 -> "the request line is longer than the server accepts";
			case 431 -> "the request's header fields are larger than the server accepts";
			default ->
				(status >= 500) ? "an unexpected error occurred; it was logged" : "the server refused the request";
		};
	}

}
