package org.nordpark.api.live;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Serves the live page: {@code /live} redirects to {@code /live/} (so that the page's
 * relative links resolve) with the query string kept ({@code ?lang=en}), which shows
 * {@code static/live/index.html}.
 */
@Controller
class LivePageController {

	@GetMapping("/live")
	RedirectView redirect(HttpServletRequest request) {
		// the query string as the client sent it (Tomcat has already checked its
		// characters)
		String query = request.getQueryString();
		RedirectView view = new RedirectView((query == null || query.isEmpty()) ? "/live/" : "/live/?" + query, true);
		view.setExpandUriTemplateVariables(false);
		view.setPropagateQueryParams(false);
		return view;
	}

	@GetMapping("/live/")
	String page() {
		return "forward:/live/index.html";
	}

}
