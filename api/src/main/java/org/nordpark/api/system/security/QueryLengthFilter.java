package org.nordpark.api.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nordpark.api.system.problem.ProblemType;
import org.nordpark.api.system.problem.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query string longer than {@value #MAX_QUERY_LENGTH} characters with 414 and a
 * problem that says so. Tomcat accepts request lines up to
 * {@code server.max-http-request-header-size} (16 KB here) and answers longer ones with a
 * plain 400, so this limit, below Tomcat's, is the one clients meet.
 */
class QueryLengthFilter extends OncePerRequestFilter {

	/** The longest query string the api reads. */
	static final int MAX_QUERY_LENGTH = 8192;

	private final JsonMapper json;

	QueryLengthFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query == null || query.length() <= MAX_QUERY_LENGTH) {
			chain.doFilter(request, response);
			return;
		}
		String detail = "the query string is too long: " + query.length() + " characters, the api reads at most "
				+ MAX_QUERY_LENGTH;
		Problems.write(response, ProblemType.URI_TOO_LONG, detail, request.getRequestURI(), this.json);
	}

}
