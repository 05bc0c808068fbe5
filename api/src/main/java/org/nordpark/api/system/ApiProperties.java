package org.nordpark.api.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * General api settings ({@code nordpark.api}).
 *
 * @param apiKey key that state-changing and operations endpoints require in the
 * {@code X-API-Key} header; from {@code NORDPARK_API_KEY}, no default (those endpoints
 * then refuse every request)
 * @param siteManifest site manifest file for zone names, capacities and the site plan; a
 * missing file means no site plan
 * @param cacheTtl refresh period of the sensor list with status and of the zone
 * summaries, served from memory in between (at most ttl + one refresh old while clients
 * keep asking; 0 disables caching). Sensors report every few minutes and the live page
 * gets readings pushed, so 5 s is invisible to users and keeps the database queries of a
 * crowd of clients at one per period
 * @param cors cross-origin settings
 */
@ConfigurationProperties("nordpark.api")
public record ApiProperties(@Nullable String apiKey, @DefaultValue("config/nordpark-site.yaml") Path siteManifest,
		@DefaultValue("5s") Duration cacheTtl, @DefaultValue("500") int deadLetterCapacity, @DefaultValue Cors cors) {

	/** The header that carries the API key. */
	public static final String API_KEY_HEADER = "X-API-Key";

	/** Whether an API key is configured. */
	public boolean hasApiKey() {
		return this.apiKey != null && !this.apiKey.isBlank();
	}

	@Override
	public String toString() {
		return "ApiProperties[apiKey=" + (hasApiKey() ? "******" : "<none>") + ", siteManifest=" + this.siteManifest
				+ ", cacheTtl=" + this.cacheTtl + ", cors=" + this.cors + "]";
	}

	/**
	 * Cross-origin resource sharing for {@code /api/**}.
	 *
	 * @param allowedOrigins origins (patterns) allowed to call the API; {@code *} allows
	 * every origin (open data)
	 * @param maxAge how long browsers may cache a preflight answer
	 */
	public record Cors(@DefaultValue("*") List<String> allowedOrigins, @DefaultValue("30m") Duration maxAge) {

	}

}
