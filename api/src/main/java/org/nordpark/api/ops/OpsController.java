package org.nordpark.api.ops;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.nordpark.api.catalog.Catalog;
import org.nordpark.api.catalog.SiteManifestSource;
import org.nordpark.api.mqtt.MqttSubscriber;
import org.nordpark.api.system.formats.ApiMediaTypes;
import org.nordpark.model.Topics;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations endpoints; the {@code X-API-Key} header is required (see
 * {@code system.security.ApiKeyFilter}).
 */
@RestController
@RequestMapping("/api/v1/ops")
@Tag(name = "operations", description = "Operations data and actions; require the X-API-Key header")
@SecurityRequirement(name = "apiKey")
class OpsController {

	private final DeadLetterLog deadLetters;

	private final Catalog catalog;

	private final SiteManifestSource site;

	private final MqttSubscriber mqtt;

	OpsController(DeadLetterLog deadLetters, Catalog catalog, SiteManifestSource site, MqttSubscriber mqtt) {
		this.deadLetters = deadLetters;
		this.catalog = catalog;
		this.site = site;
		this.mqtt = mqtt;
	}

	@GetMapping(path = "/deadletters", produces = ApiMediaTypes.JSON)
	@Operation(summary = "Recent dead letters",
			description = "Messages a stage could not process (design §4), newest first, as received on "
					+ "`nordpark/v1/deadletter/#` since this api instance started (at most "
					+ "`nordpark.api.dead-letter-capacity`). Requires `X-API-Key`.")
	DeadLetterList deadLetters(@ParameterObject @Valid DeadLetterQuery query) {
		return new DeadLetterList(this.deadLetters.since(), this.deadLetters.counts(),
				this.deadLetters.recent(query.stage(), query.max()));
	}

	@PostMapping(path = "/catalog/refresh", produces = ApiMediaTypes.JSON)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Refresh the catalog and site manifest",
			description = "Reloads the site manifest file and subscribes to the retained catalog topics again, so "
					+ "every entry is received anew (entries are replaced as they arrive; cleared topics remove "
					+ "sensors at once). Requires `X-API-Key`.")
	CatalogRefresh refresh() {
		String error = null;
		try {
			this.site.reload();
		}
		catch (IllegalArgumentException ex) {
			error = ex.getMessage();
		}
		int sensors = this.catalog.size();
		this.mqtt.resubscribe(Topics.SENSORS_ALL);
		return new CatalogRefresh(sensors, this.site.manifest().isPresent(), error);
	}

}
