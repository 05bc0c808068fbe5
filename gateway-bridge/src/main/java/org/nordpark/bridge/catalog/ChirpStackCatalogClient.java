package org.nordpark.bridge.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.chirpstack.api.ApplicationListItem;
import io.chirpstack.api.ApplicationServiceGrpc;
import io.chirpstack.api.DeviceListItem;
import io.chirpstack.api.DeviceProfileServiceGrpc;
import io.chirpstack.api.DeviceServiceGrpc;
import io.chirpstack.api.GetDeviceProfileRequest;
import io.chirpstack.api.GetDeviceRequest;
import io.chirpstack.api.ListApplicationsRequest;
import io.chirpstack.api.ListDevicesRequest;
import io.chirpstack.api.ListTenantsRequest;
import io.chirpstack.api.TenantListItem;
import io.chirpstack.api.TenantServiceGrpc;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import org.nordpark.model.CatalogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the catalog from ChirpStack's gRPC API: the configured applications (or those of
 * the tenant, or of every tenant), their devices page by page, each device's tags merged
 * over its device profile's tags. Calls carry the API key as {@code authorization:
 * Bearer} metadata and a deadline. Failures surface as
 * {@link io.grpc.StatusRuntimeException}.
 */
final class ChirpStackCatalogClient {

	private static final Logger log = LoggerFactory.getLogger(ChirpStackCatalogClient.class);

	static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	private final Channel channel;

	private final ChirpStackProperties properties;

	private final DeviceTags tags;

	ChirpStackCatalogClient(Channel channel, ChirpStackProperties properties, DeviceTags tags) {
		Metadata metadata = new Metadata();
		if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
			metadata.put(AUTHORIZATION, "Bearer " + properties.apiKey().strip());
		}
		this.channel = ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(metadata));
		this.properties = properties;
		this.tags = tags;
	}

	/** Every device of the configured applications as a catalog entry. */
	List<CatalogEntry> fetchAll() {
		Instant now = Instant.now();
		Map<String, Map<String, String>> profileTags = new HashMap<>();
		Map<String, CatalogEntry> entries = new LinkedHashMap<>();
		for (String applicationId : applicationIds()) {
			for (DeviceListItem device : pages((offset) -> devices()
				.list(ListDevicesRequest.newBuilder()
					.setApplicationId(applicationId)
					.setLimit(this.properties.pageSize())
					.setOffset(offset)
					.build())
				.getResultList())) {
				Map<String, String> merged = new HashMap<>(
						profileTags.computeIfAbsent(device.getDeviceProfileId(), this::profileTags));
				merged.putAll(device.getTagsCount() > 0 ? device.getTagsMap() : deviceTags(device.getDevEui()));
				try {
					CatalogEntry entry = this.tags.toEntry(device.getDevEui(), device.getName(),
							device.getDeviceProfileName(), merged, now);
					entries.put(entry.sensorId(), entry);
				}
				catch (IllegalArgumentException ex) {
					log.warn("skipped device from ChirpStack [devEui: {}, reason: {}]", device.getDevEui(),
							ex.getMessage());
				}
			}
		}
		return new ArrayList<>(entries.values());
	}

	private List<String> applicationIds() {
		if (!this.properties.applicationIds().isEmpty()) {
			return this.properties.applicationIds();
		}
		List<String> tenants = this.properties.tenantId().isBlank()
				? pages((offset) -> tenants().list(
						ListTenantsRequest.newBuilder().setLimit(this.properties.pageSize()).setOffset(offset).build())
					.getResultList()).stream().map(TenantListItem::getId).toList()
				: List.of(this.properties.tenantId());
		List<String> applications = new ArrayList<>();
		for (String tenant : tenants) {
			pages((offset) -> applications()
				.list(ListApplicationsRequest.newBuilder()
					.setTenantId(tenant)
					.setLimit(this.properties.pageSize())
					.setOffset(offset)
					.build())
				.getResultList()).stream().map(ApplicationListItem::getId).forEach(applications::add);
		}
		return applications;
	}

	private Map<String, String> profileTags(String profileId) {
		if (profileId.isBlank()) {
			return Map.of();
		}
		return profiles().get(GetDeviceProfileRequest.newBuilder().setId(profileId).build())
			.getDeviceProfile()
			.getTagsMap();
	}

	/** Device tags of servers older than v4.12, whose device lists carry no tags. */
	private Map<String, String> deviceTags(String devEui) {
		return devices().get(GetDeviceRequest.newBuilder().setDevEui(devEui).build()).getDevice().getTagsMap();
	}

	/** Reads all pages of a list call; a short page ends the listing. */
	private <T> List<T> pages(IntFunction<List<T>> page) {
		List<T> all = new ArrayList<>();
		int offset = 0;
		while (true) {
			List<T> items = page.apply(offset);
			all.addAll(items);
			if (items.size() < this.properties.pageSize()) {
				return all;
			}
			offset += items.size();
		}
	}

	private DeviceServiceGrpc.DeviceServiceBlockingStub devices() {
		return DeviceServiceGrpc.newBlockingStub(this.channel).withDeadlineAfter(timeout(), TimeUnit.MILLISECONDS);
	}

	private DeviceProfileServiceGrpc.DeviceProfileServiceBlockingStub profiles() {
		return DeviceProfileServiceGrpc.newBlockingStub(this.channel)
			.withDeadlineAfter(timeout(), TimeUnit.MILLISECONDS);
	}

	private ApplicationServiceGrpc.ApplicationServiceBlockingStub applications() {
		return ApplicationServiceGrpc.newBlockingStub(this.channel).withDeadlineAfter(timeout(), TimeUnit.MILLISECONDS);
	}

	private TenantServiceGrpc.TenantServiceBlockingStub tenants() {
		return TenantServiceGrpc.newBlockingStub(this.channel).withDeadlineAfter(timeout(), TimeUnit.MILLISECONDS);
	}

	private long timeout() {
		return this.properties.requestTimeout().toMillis();
	}

}
