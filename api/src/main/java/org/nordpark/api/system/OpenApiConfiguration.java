package org.nordpark.api.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.Interval;
import org.nordpark.api.system.problem.ProblemType;
import org.nordpark.model.DevEui;
import org.nordpark.model.SensorKind;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, description and the API key scheme, and the shared
 * parameter vocabulary ({@link ApiDocs}). Typed request values (sensor ids, intervals,
 * aggregations, kinds) are text on the wire: documented as one parameter each, never as
 * nested objects.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		SpringDocUtils.getConfig()
			.addSimpleTypesForParameterObject(DevEui.class, Interval.class, Aggregation.class, SensorKind.class);
	}

	@Bean
	OpenApiCustomizer parameterVocabulary() {
		return ApiDocs::describe;
	}

	@Bean
	OpenAPI nordparkOpenApi() {
		return new OpenAPI().info(new Info().title("Nordpark API")
			.version("v1")
			.description("Open data from the Nordpark smart-city sensors (LoRaWAN): parking, traffic, people, "
					+ "environment, noise and bins. Reads are public. Errors are application/problem+json with a "
					+ "stable `type` URI (" + ProblemType.BASE + "…) and, for bad parameters, the parameter's "
					+ "name. Times are ISO-8601 with offset; results are in UTC. The demo site is simulated. The same "
					+ "data is served read-only as an OGC SensorThings API v1.1 at [/sta/v1.1](/sta/v1.1) "
					+ "(QGIS, FROST clients, CIVITAS/CORE-style platforms).")
			.license(new License().name("Apache-2.0")))
			.externalDocs(
					new ExternalDocumentation().description("OGC SensorThings API v1.1 service root of this server")
						.url("/sta/v1.1"))
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name(ApiProperties.API_KEY_HEADER)
						.description("Operations endpoints only; set with NORDPARK_API_KEY")));
	}

}
