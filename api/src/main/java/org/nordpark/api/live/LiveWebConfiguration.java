package org.nordpark.api.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the page's files from {@code classpath:/static/live/} with {@code no-cache}:
 * phones keep them but revalidate (a cheap 304 on a poor connection), so a new version
 * shows up at once.
 */
@Configuration(proxyBeanMethods = false)
class LiveWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/live/**")
			.addResourceLocations("classpath:/static/live/")
			.setCacheControl(CacheControl.noCache());
	}

}
