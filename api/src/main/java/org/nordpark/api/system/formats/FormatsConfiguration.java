package org.nordpark.api.system.formats;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The CSV representation of series answers. A {@link WebMvcConfigurer}, so web slice
 * tests ({@code @WebMvcTest}) load it too.
 */
@Configuration(proxyBeanMethods = false)
class FormatsConfiguration implements WebMvcConfigurer {

	@Bean
	CsvHttpMessageConverter csvHttpMessageConverter() {
		return new CsvHttpMessageConverter();
	}

}
