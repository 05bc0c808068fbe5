package org.nordpark.api.system.problem;

import java.net.URI;

import org.jspecify.annotations.Nullable;

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

	static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
