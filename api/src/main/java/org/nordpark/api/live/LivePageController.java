package org.nordpark.api.live;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the live page: {@code /live} redirects to {@code /live/} (so that the page's
 * relative links resolve), which shows {@code static/live/index.html}.
 */
@Controller
class LivePageController {

	@GetMapping("/live")
	String redirect() {
		return "redirect:/live/";
	}

	@GetMapping("/live/")
	String page() {
		return "forward:/live/index.html";
	}

}
