package org.nordpark.api.system.problem;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.nordpark.api.system.problem.ApiProblemException.ParameterError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Turns every error into problem+json with a stable {@code type} URI, a human title and,
 * for bad parameters, the parameter's name. Parameters that do not bind or validate
 * (conversion failures, Bean Validation) give the same 400 {@code invalid-parameter}
 * problem as the api's own checks ({@link BindingErrors}). 5xx are logged once at ERROR,
 * 4xx at DEBUG.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	/**
	 * Tomcat names the parameter it could not decode; only a plain name is taken over.
	 */
	private static final Pattern PARAMETER_NAME = Pattern.compile("Parameter \\[([A-Za-z][A-Za-z0-9_-]{0,31})\\]");

	private final Validator validator;

	private final ConversionService conversion;

	ProblemAdvice(Validator validator, @Qualifier("mvcConversionService") ConversionService conversion) {
		this.validator = validator;
		this.conversion = conversion;
	}

	@ExceptionHandler(ApiProblemException.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblemException ex, HttpServletRequest request) {
		return problem(ex, request);
	}

	/**
	 * A request object that did not bind or validate as a whole, e.g. from Spring's
	 * {@code DataBinder} used directly.
	 */
	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> notBound(BindException ex, HttpServletRequest request) {
		return problem(new InvalidQueryException(BindingErrors.of(ex.getBindingResult(), target(ex))), request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Class<?> target = ex.getParameter().getParameterType();
		if (request instanceof ServletWebRequest servlet) {
			BindingErrors.validateRemaining(target, ex.getBindingResult(), servlet.getRequest(), this.validator,
					this.conversion);
		}
		List<ParameterError> errors = BindingErrors.of(ex.getBindingResult(), target);
		return invalid(errors, ex, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return invalid(BindingErrors.of(ex), ex, headers, status, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
				: String.valueOf(ex.getPropertyName());
		return invalid(List.of(BindingErrors.of(name, ex)), ex, headers, status, request);
	}

	/**
	 * Binding or validation errors as the same 400 {@code invalid-parameter} problem the
	 * api's own checks give.
	 */
	private @Nullable ResponseEntity<Object> invalid(List<ParameterError> errors, Exception ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (errors.isEmpty() || !(request instanceof ServletWebRequest servlet)) {
			return handleExceptionInternal(ex, null, headers, status, request);
		}
		return new ResponseEntity<>(problem(new InvalidQueryException(errors), servlet.getRequest()).getBody(),
				problemHeaders(headers), HttpStatus.BAD_REQUEST);
	}

	private static @Nullable Class<?> target(BindException ex) {
		Object target = ex.getTarget();
		return (target != null) ? target.getClass() : null;
	}

	private ResponseEntity<ProblemDetail> problem(ApiProblemException ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(ex.type(), ex.getMessage(), request.getRequestURI());
		if (ex.parameter() != null) {
			problem.setProperty("parameter", ex.parameter());
		}
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors());
		}
		if (ex.limit() != null) {
			problem.setProperty("limit", ex.limit());
		}
		log(ex.type().status().value(), request, ex);
		return Problems.response(problem);
	}

	@ExceptionHandler(InfluxUnavailableException.class)
	ResponseEntity<ProblemDetail> backendUnavailable(InfluxUnavailableException ex, HttpServletRequest request) {
		log.error("data store unavailable [method: {}, path: {}, reason: {}]", request.getMethod(),
				request.getRequestURI(), ex.getMessage());
		return Problems.response(Problems.of(ProblemType.BACKEND_UNAVAILABLE,
				"the time-series database cannot be reached; try again shortly", request.getRequestURI()));
	}

	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(ProblemType.INVALID_PARAMETER,
				"a query parameter is not valid percent-encoded UTF-8", request.getRequestURI());
		Matcher name = PARAMETER_NAME.matcher(String.valueOf(ex.getMessage()));
		if (name.find()) {
			problem.setProperty("parameter", name.group(1));
		}
		log.debug("request rejected [path: {}, reason: undecodable parameter]", request.getRequestURI());
		return Problems.response(problem);
	}

	@ExceptionHandler(Exception.class)
	@Nullable ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			logDisconnected(request.getRequestURI(), ex);
			return null;
		}
		log.error("request failed [method: {}, path: {}]", request.getMethod(), request.getRequestURI(), ex);
		return Problems.response(Problems.of(ProblemType.INTERNAL_ERROR, "an unexpected error occurred; it was logged",
				request.getRequestURI()));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
			HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
		String path = (request instanceof ServletWebRequest servlet) ? servlet.getRequest().getRequestURI() : null;
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			logDisconnected(path, ex);
			return null;
		}
		ProblemType type = typeOf(ex, statusCode);
		String detail = (body instanceof ProblemDetail problem && problem.getDetail() != null) ? problem.getDetail()
				: type.title();
		ProblemDetail problem = Problems.of(type, detail, path);
		problem.setStatus(statusCode.value());
		if (ex instanceof MissingServletRequestParameterException missing) {
			problem.setProperty("parameter", missing.getParameterName());
		}
		if (statusCode.is5xxServerError()) {
			log.error("request failed [path: {}]", path, ex);
		}
		else {
			log.debug("request rejected [path: {}, status: {}, reason: {}]", path, statusCode.value(), detail);
		}
		return new ResponseEntity<>(problem, problemHeaders(headers), statusCode);
	}

	private static HttpHeaders problemHeaders(HttpHeaders headers) {
		HttpHeaders out = new HttpHeaders();
		out.addAll(headers);
		out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return out;
	}

	private static ProblemType typeOf(Exception ex, HttpStatusCode status) {
		if (ex instanceof NoResourceFoundException || status.value() == 404) {
			return ProblemType.NOT_FOUND;
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return ProblemType.METHOD_NOT_ALLOWED;
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return ProblemType.NOT_ACCEPTABLE;
		}
		if (ex instanceof MissingServletRequestParameterException) {
			return ProblemType.INVALID_PARAMETER;
		}
		return status.is5xxServerError() ? ProblemType.INTERNAL_ERROR : ProblemType.BAD_REQUEST;
	}

	/**
	 * A client that goes away before its answer is written (a closed browser tab, a load
	 * generator that stops) is nothing the server can fix or answer.
	 */
	private static void logDisconnected(@Nullable String path, Exception ex) {
		log.debug("client went away before the answer was written [path: {}, reason: {}]", path, ex.getMessage());
	}

	private static void log(int status, HttpServletRequest request, Exception ex) {
		if (status >= 500) {
			log.error("request failed [method: {}, path: {}]", request.getMethod(), request.getRequestURI(), ex);
		}
		else {
			log.debug("request rejected [path: {}, status: {}, reason: {}]", request.getRequestURI(), status,
					ex.getMessage());
		}
	}

}
