package org.nordpark.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.nordpark.api.query.QueryProperties;
import org.nordpark.api.query.SeriesWindows;
import org.nordpark.api.system.ApiProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.AliasFor;

/**
 * A {@code @WebMvcTest} slice of the api: the given controllers with the problem advice,
 * the converters and the web configuration, the api's properties at their defaults, the
 * series window rules and a clock fixed at {@link TestData#NOW}. Services that read the
 * database are mocked by each test; no broker or database runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(WebSliceTest.Configuration.class)
public @interface WebSliceTest {

	/** The controllers under test. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

	/** What every slice needs besides the controllers. */
	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ApiProperties.class, QueryProperties.class })
	@Import(SeriesWindows.class)
	class Configuration {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse(TestData.NOW), ZoneOffset.UTC);
		}

	}

}
