package org.nordpark.bridge.catalog;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ChirpStack gRPC API settings ({@code nordpark.chirpstack}); the catalog is read from
 * the API when {@code apiTarget} is set.
 *
 * @param apiTarget gRPC target of ChirpStack's API, e.g. {@code chirpstack:8080}; empty =
 * do not use the API
 * @param apiKey API token, sent as {@code authorization: Bearer}; from the environment
 * variable {@code NORDPARK_CHIRPSTACK_API_KEY}
 * @param applicationIds applications whose devices form the catalog; empty = all
 * applications of {@code tenantId}
 * @param tenantId tenant whose applications are listed when no application ids are given;
 * empty = all tenants (needs an admin key)
 * @param refreshInterval time between catalog refreshes
 * @param unknownDeviceRefreshGap minimum time between refreshes triggered by uplinks of
 * unknown devices
 * @param requestTimeout deadline of each API call
 * @param pageSize devices, applications or tenants per list call
 * @param plaintext whether to connect without TLS (ChirpStack's API has no TLS of its
 * own)
 */
@ConfigurationProperties("nordpark.chirpstack")
public record ChirpStackProperties(@DefaultValue("") String apiTarget, @Nullable String apiKey,
		@DefaultValue List<String> applicationIds, @DefaultValue("") String tenantId,
		@DefaultValue("5m") Duration refreshInterval, @DefaultValue("30s") Duration unknownDeviceRefreshGap,
		@DefaultValue("10s") Duration requestTimeout, @DefaultValue("100") int pageSize,
		@DefaultValue("true") boolean plaintext) {

	/** Whether the API is configured. */
	public boolean enabled() {
		return !this.apiTarget.isBlank();
	}

	@Override
	public String toString() {
		return "ChirpStackProperties[apiTarget=" + this.apiTarget + ", apiKey="
				+ ((this.apiKey == null || this.apiKey.isEmpty()) ? "(none)" : "******") + ", applicationIds="
				+ this.applicationIds + ", tenantId=" + this.tenantId + ", refreshInterval=" + this.refreshInterval
				+ "]";
	}

}
