package org.nordpark.api.system.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.nordpark.api.system.problem.ApiProblemException.ParameterError;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request whose query parameters hold a control character (U+0000-U+001F,
 * U+007F) with the usual 400 naming each such parameter, before any binding. No api
 * parameter can hold one, and the binder would otherwise trim an enum's text (a lone
 * {@code %00}, say) to nothing and take the default.
 */
public final class ControlCharacterCheck implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		List<ParameterError> errors = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				if (value.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
					errors.add(new ParameterError(parameter.getKey(), "contains a control character"));
					break;
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidQueryException(errors);
		}
		return true;
	}

}
