package org.nordpark.api.system.problem;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.nordpark.api.WebSliceTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nordpark.api.ProblemResponses.invalid;
import static org.nordpark.api.ProblemResponses.message;
import static org.nordpark.api.ProblemResponses.parameters;

/**
 * Every way Spring MVC reports a bad request parameter ends in the same 400
 * {@code invalid-parameter} problem: a record that does not validate or bind
 * ({@code MethodArgumentNotValidException}), constraints on handler parameters
 * ({@code HandlerMethodValidationException}), a path variable or request parameter of the
 * wrong type (type mismatch), a missing required parameter and a {@code BindException}
 * raised by the handler. A test controller exercises each.
 */
@WebSliceTest(BindingProblemsTests.Probe.class)
@Import(BindingProblemsTests.Probe.class)
class BindingProblemsTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void answersAnInvalidRecordWithEveryParameterInOrder() {
		JsonNode problem = invalid(get("/probe/record?count=x&name=-a"));
		assertThat(parameters(problem)).containsExactly("name", "count");
		assertThat(message(problem, "name")).isEqualTo("'-a' must start with a letter or digit");
		assertThat(message(problem, "count")).isEqualTo("'x' must be a whole number");
		assertThat(parameters(invalid(get("/probe/record?count=0")))).containsExactly("count");
	}

	@Test
	void answersMethodValidationOfHandlerParameters() {
		JsonNode problem = invalid(get("/probe/method?n=0"));
		assertThat(problem.path("parameter").asString()).isEqualTo("n");
		assertThat(message(problem, "n")).isEqualTo("'0' must be at least 1");
	}

	@Test
	void answersTypeMismatchesOfPathVariablesAndRequestParameters() {
		assertThat(message(invalid(get("/probe/path/abc")), "n")).isEqualTo("'abc' must be a whole number");
		assertThat(message(invalid(get("/probe/param?n=abc")), "n")).isEqualTo("'abc' must be a whole number");
	}

	@Test
	void answersAMissingRequiredParameter() {
		assertThat(invalid(get("/probe/param")).path("parameter").asString()).isEqualTo("n");
	}

	@Test
	void answersABindExceptionRaisedByAHandler() {
		JsonNode problem = invalid(get("/probe/bind"));
		assertThat(parameters(problem)).containsExactly("name");
		assertThat(message(problem, "name")).isEqualTo("'?' is not a name");
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(URI.create(uri)).exchange();
	}

	/**
	 * A request record.
	 *
	 * @param name a name
	 * @param count a count
	 */
	record Query(@Nullable @Pattern(regexp = "[a-z0-9].*", message = "must start with a letter or digit") String name,
			@Nullable @Min(value = 1, message = "must be at least 1") @Max(10) Integer count) {

	}

	@RestController
	static class Probe {

		@GetMapping("/probe/record")
		String record(@Valid Query query) {
			return "ok";
		}

		@GetMapping("/probe/method")
		String method(@RequestParam("n") @Min(value = 1, message = "must be at least 1") int n) {
			return "ok";
		}

		@GetMapping("/probe/path/{n}")
		String path(@PathVariable("n") int n) {
			return "ok";
		}

		@GetMapping("/probe/param")
		String param(@RequestParam("n") int n) {
			return "ok";
		}

		@GetMapping("/probe/bind")
		String bind() throws Exception {
			DataBinder binder = new DataBinder(new Query("?", null), "query");
			binder.getBindingResult().rejectValue("name", "invalid", "is not a name");
			throw new org.springframework.validation.BindException(binder.getBindingResult());
		}

	}

}
