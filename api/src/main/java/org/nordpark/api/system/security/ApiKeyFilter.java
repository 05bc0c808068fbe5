package org.nordpark.api.system.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nordpark.api.system.ApiProperties;
import org.nordpark.api.system.problem.ProblemType;
import org.nordpark.api.system.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires the {@code X-API-Key} header on operations endpoints ({@code /api/v1/ops/**})
 * and on every actuator endpoint except {@code health} and {@code info}. Reads stay
 * public. Without a configured key the protected endpoints refuse every request. The key
 * is compared in constant time and never logged.
 */
class ApiKeyFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

	private final byte[] key;

	private final JsonMapper json;

	ApiKeyFilter(ApiProperties properties, JsonMapper json) {
		this.key = properties.hasApiKey() ? properties.apiKey().getBytes(StandardCharsets.UTF_8) : new byte[0];
		this.json = json;
	}

	static boolean isProtected(String path) {
		if (path.startsWith("/api/v1/ops/") || path.equals("/api/v1/ops")) {
			return true;
		}
		if (path.startsWith("/actuator")) {
			return !(path.equals("/actuator/health") || path.startsWith("/actuator/health/")
					|| path.equals("/actuator/info"));
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the decoded, normalised path the dispatcher matches on (not the raw URI, where
		// %6Fps or /./ would slip past a prefix check)
		String path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
		if (!isProtected(path) || "OPTIONS".equals(request.getMethod()) || authorized(request)) {
			chain.doFilter(request, response);
			return;
		}
		log.debug("refused request without valid api key [method: {}, path: {}]", request.getMethod(), path);
		String detail = (this.key.length == 0)
				? "this endpoint is disabled because no API key is configured (set NORDPARK_API_KEY)"
				: "send a valid API key in the " + ApiProperties.API_KEY_HEADER + " header";
		response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiProperties.API_KEY_HEADER + "\"");
		Problems.write(response, ProblemType.UNAUTHORIZED, detail, request.getRequestURI(), this.json);
	}

	private boolean authorized(HttpServletRequest request) {
		String given = request.getHeader(ApiProperties.API_KEY_HEADER);
		if (this.key.length == 0 || given == null) {
			return false;
		}
		return MessageDigest.isEqual(this.key, given.getBytes(StandardCharsets.UTF_8));
	}

}
