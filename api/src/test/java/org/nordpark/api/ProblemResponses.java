package org.nordpark.api;

import java.util.List;

import org.nordpark.api.system.problem.ProblemType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the problem+json answers of web slice tests. */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProblemResponses() {
	}

	/**
	 * Asserts an RFC 9457 problem of the given status and type (its slug, e.g.
	 * {@code invalid-parameter}) and returns its body.
	 */
	public static JsonNode problem(MvcTestResult result, int status, String type) {
		assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = JSON.readTree(result.getResponse().getContentAsByteArray());
		assertThat(problem.path("type").asString()).isEqualTo(ProblemType.BASE + type);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asString()).isNotBlank();
		assertThat(problem.path("detail").asString()).isNotBlank();
		return problem;
	}

	/** Asserts a 400 {@code invalid-parameter} problem and returns its body. */
	public static JsonNode invalid(MvcTestResult result) {
		return problem(result, 400, "invalid-parameter");
	}

	/** The names in the problem's {@code errors}, in order. */
	public static List<String> parameters(JsonNode problem) {
		return problem.path("errors").findValuesAsString("parameter");
	}

	/** The message of the problem's error for one parameter. */
	public static String message(JsonNode problem, String parameter) {
		for (JsonNode error : problem.path("errors")) {
			if (error.path("parameter").asString().equals(parameter)) {
				return error.path("message").asString();
			}
		}
		throw new AssertionError("no error for " + parameter + " in " + problem);
	}

}
