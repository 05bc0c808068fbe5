package org.nordpark.bridge.catalog;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog settings ({@code nordpark.catalog}).
 *
 * @param manifest the site manifest used as catalog when ChirpStack's API is not
 * configured or not reachable yet
 * @param profileModels ChirpStack device profile name to model id, for profiles whose
 * name does not contain the model id
 */
@ConfigurationProperties("nordpark.catalog")
public record CatalogProperties(@DefaultValue("config/nordpark-site.yaml") Path manifest,
		@DefaultValue Map<String, String> profileModels) {

}
