package org.nordpark.api.system.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page ({@code /error}) for errors the container reports inside the api but
 * outside Spring MVC's handlers (a filter failing, a method Tomcat refuses): problem+json
 * like every other error, in place of Boot's JSON error map. Requested directly, it is
 * not found.
 */
@RestController
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer value) ? value : HttpStatus.NOT_FOUND.value();
		String path = (code != null) ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
				: request.getRequestURI();
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (status >= 500) {
			log.error("request failed [path: {}, status: {}]", path, status, failure);
		}
		else {
			log.debug("request rejected [path: {}, status: {}]", path, status);
		}
		return Problems.response(problem(status, path));
	}

	private static ProblemDetail problem(int status, @Nullable String path) {
		ProblemType type = switch (status) {
			case 400 -> ProblemType.BAD_REQUEST;
			case 401 -> ProblemType.UNAUTHORIZED;
			case 404 -> ProblemType.NOT_FOUND;
			case 405 -> ProblemType.METHOD_NOT_ALLOWED;
			case 406 -> ProblemType.NOT_ACCEPTABLE;
			default -> null;
		};
		if (type != null) {
			return Problems.of(type, type.title(), path);
		}
		if (status >= 500) {
			ProblemDetail problem = Problems.of(ProblemType.INTERNAL_ERROR,
					"an unexpected error occurred; it was logged", path);
			problem.setStatus(status);
			return problem;
		}
		HttpStatus known = HttpStatus.resolve(status);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle((known != null) ? known.getReasonPhrase() : "Error");
		problem.setDetail("the request was refused");
		return problem;
	}

}
