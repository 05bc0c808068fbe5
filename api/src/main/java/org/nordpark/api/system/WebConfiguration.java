package org.nordpark.api.system;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web wiring: CSV output, the rate limit, the query length limit, the API key filter,
 * CORS and the clock.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final ApiProperties properties;

	WebConfiguration(ApiProperties properties) {
		this.properties = properties;
	}

	@Bean
	CsvHttpMessageConverter csvHttpMessageConverter() {
		return new CsvHttpMessageConverter();
	}

	@Bean
	FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(JsonMapper json) {
		FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(
				new ApiKeyFilter(this.properties, json));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties rateLimit, JsonMapper json) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(rateLimit, json));
		// before everything else that does work for the request
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	FilterRegistrationBean<QueryLengthFilter> queryLengthFilter(JsonMapper json) {
		FilterRegistrationBean<QueryLengthFilter> registration = new FilterRegistrationBean<>(
				new QueryLengthFilter(json));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
		return registration;
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
