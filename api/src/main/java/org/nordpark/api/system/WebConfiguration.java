package org.nordpark.api.system;

import java.time.Clock;

import org.nordpark.api.system.problem.ControlCharacterCheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web wiring: content negotiation, CORS, the control-character check and the clock. The
 * filters are wired in {@code system.security}, the CSV converter in
 * {@code system.formats}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ApiProperties properties;

	WebConfiguration(ApiProperties properties) {
		this.properties = properties;
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		// a client that accepts anything (curl, a browser's address bar) gets JSON, not
		// GeoJSON or CSV
		configurer.defaultContentType(MediaType.APPLICATION_JSON, MediaType.ALL);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ControlCharacterCheck()).addPathPatterns("/api/**");
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		ApiProperties.Cors cors = this.properties.cors();
		registry.addMapping("/api/**")
			.allowedOriginPatterns(cors.allowedOrigins().toArray(String[]::new))
			.allowedMethods("GET", "HEAD", "POST", "OPTIONS")
			.allowedHeaders(HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE, ApiProperties.API_KEY_HEADER, "Last-Event-ID",
					HttpHeaders.CACHE_CONTROL)
			.exposedHeaders(HttpHeaders.CONTENT_DISPOSITION)
			.maxAge(cors.maxAge().toSeconds());
		// the SensorThings API (read-only) for browser-based clients of the same origins
		registry.addMapping("/sta/**")
			.allowedOriginPatterns(cors.allowedOrigins().toArray(String[]::new))
			.allowedMethods("GET", "HEAD", "OPTIONS")
			.allowedHeaders(HttpHeaders.ACCEPT)
			.maxAge(cors.maxAge().toSeconds());
	}

}
