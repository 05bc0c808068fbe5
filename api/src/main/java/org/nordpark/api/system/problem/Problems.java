package org.nordpark.api.system.problem;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds problem+json bodies. */
public final class Problems {

	private Problems() {
	}

	/** A problem of the given kind with a detail and the request path as instance. */
	public static ProblemDetail of(ProblemType type, String detail, @Nullable String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
		problem.setType(type.uri());
		problem.setTitle(type.title());
		if (path != null) {
			try {
				problem.setInstance(URI.create(path));
			}
			catch (IllegalArgumentException ex) {
				// not a valid URI reference: leave instance out
			}
		}
		return problem;
	}

	/**
	 * Writes a problem as the whole response, for the filters that answer before Spring
	 * MVC does; headers the answer needs (e.g. {@code Retry-After}) must be set before.
	 * @param path the request path as received, the problem's instance
	 */
	public static void write(HttpServletResponse response, ProblemType type, String detail, String path,
			JsonMapper json) throws IOException {
		ProblemDetail problem = of(type, detail, path);
		response.setStatus(type.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", path);
		response.getOutputStream().write(json.writeValueAsBytes(body));
	}

	static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
