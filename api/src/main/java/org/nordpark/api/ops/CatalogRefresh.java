package org.nordpark.api.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a catalog refresh.
 *
 * @param sensors catalog entries held when the refresh started (retained entries arrive
 * again within moments)
 * @param siteManifest whether a site manifest is loaded after the refresh
 * @param siteManifestError why the manifest could not be reloaded, if so (the previous
 * one stays)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogRefresh(@Schema(example = "42") int sensors, @Schema(example = "true") boolean siteManifest,
		@Nullable String siteManifestError) {

}
