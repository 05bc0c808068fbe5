package org.nordpark.bridge.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.chirpstack.api.ApplicationListItem;
import io.chirpstack.api.ApplicationServiceGrpc;
import io.chirpstack.api.Device;
import io.chirpstack.api.DeviceListItem;
import io.chirpstack.api.DeviceProfile;
import io.chirpstack.api.DeviceProfileServiceGrpc;
import io.chirpstack.api.DeviceServiceGrpc;
import io.chirpstack.api.GetDeviceProfileRequest;
import io.chirpstack.api.GetDeviceProfileResponse;
import io.chirpstack.api.GetDeviceRequest;
import io.chirpstack.api.GetDeviceResponse;
import io.chirpstack.api.ListApplicationsRequest;
import io.chirpstack.api.ListApplicationsResponse;
import io.chirpstack.api.ListDevicesRequest;
import io.chirpstack.api.ListDevicesResponse;
import io.chirpstack.api.ListTenantsRequest;
import io.chirpstack.api.ListTenantsResponse;
import io.chirpstack.api.TenantListItem;
import io.chirpstack.api.TenantServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;

/**
 * An in-process gRPC server implementing the ChirpStack API calls the catalog uses, from
 * the same generated stubs: one tenant, one application with devices, device profiles
 * with tags; requires {@code authorization: Bearer <key>}; honours limit/offset.
 */
final class FakeChirpStack implements AutoCloseable {

	static final String KEY = "secret-api-key";

	static final String TENANT = "52f14cd4-c6f1-4fbd-8f87-4025e1d49242";

	static final String APPLICATION = "9c1c7e2a-3d0b-4a7e-9a55-2b1f0c6d8e10";

	final List<DeviceListItem> devices = new ArrayList<>();

	final Map<String, Map<String, String>> deviceTags = new java.util.HashMap<>();

	final Map<String, DeviceProfile> profiles = new java.util.HashMap<>();

	final AtomicInteger listCalls = new AtomicInteger();

	final AtomicInteger getCalls = new AtomicInteger();

	volatile boolean listTags = true;

	private final String name = InProcessServerBuilder.generateName();

	private final Server server;

	FakeChirpStack() {
		ServerInterceptor auth = new ServerInterceptor() {

			@Override
			public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
					ServerCallHandler<Q, R> next) {
				if (!("Bearer " + KEY).equals(headers.get(ChirpStackCatalogClient.AUTHORIZATION))) {
					call.close(Status.UNAUTHENTICATED.withDescription("invalid API key"), new Metadata());
					return new ServerCall.Listener<>() {
					};
				}
				return next.startCall(call, headers);
			}

		};
		try {
			this.server = InProcessServerBuilder.forName(this.name)
				.directExecutor()
				.addService(ServerInterceptors.intercept(new Devices(), auth))
				.addService(ServerInterceptors.intercept(new Profiles(), auth))
				.addService(ServerInterceptors.intercept(new Applications(), auth))
				.addService(ServerInterceptors.intercept(new Tenants(), auth))
				.build()
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	ManagedChannel channel() {
		return InProcessChannelBuilder.forName(this.name).directExecutor().build();
	}

	void addDevice(String devEui, String name, String profileId, String profileName, Map<String, String> tags) {
		this.devices.add(DeviceListItem.newBuilder()
			.setDevEui(devEui)
			.setName(name)
			.setDeviceProfileId(profileId)
			.setDeviceProfileName(profileName)
			.putAllTags(tags)
			.build());
		this.deviceTags.put(devEui, tags);
	}

	void addProfile(String id, String name, Map<String, String> tags) {
		this.profiles.put(id, DeviceProfile.newBuilder().setId(id).setName(name).putAllTags(tags).build());
	}

	void shutdown() {
		this.server.shutdownNow();
	}

	@Override
	public void close() {
		shutdown();
	}

	private static <T> List<T> page(List<T> all, int limit, int offset) {
		return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
	}

	private final class Devices extends DeviceServiceGrpc.DeviceServiceImplBase {

		@Override
		public void list(ListDevicesRequest request, StreamObserver<ListDevicesResponse> response) {
			FakeChirpStack.this.listCalls.incrementAndGet();
			if (!request.getApplicationId().equals(APPLICATION)) {
				response.onError(new StatusRuntimeException(Status.NOT_FOUND.withDescription("no such application")));
				return;
			}
			List<DeviceListItem> items = page(FakeChirpStack.this.devices, request.getLimit(), request.getOffset());
			if (!FakeChirpStack.this.listTags) {
				items = items.stream().map((item) -> item.toBuilder().clearTags().build()).toList();
			}
			response.onNext(ListDevicesResponse.newBuilder()
				.setTotalCount(FakeChirpStack.this.devices.size())
				.addAllResult(items)
				.build());
			response.onCompleted();
		}

		@Override
		public void get(GetDeviceRequest request, StreamObserver<GetDeviceResponse> response) {
			FakeChirpStack.this.getCalls.incrementAndGet();
			response.onNext(GetDeviceResponse.newBuilder()
				.setDevice(Device.newBuilder()
					.setDevEui(request.getDevEui())
					.putAllTags(FakeChirpStack.this.deviceTags.getOrDefault(request.getDevEui(), Map.of())))
				.build());
			response.onCompleted();
		}

	}

	private final class Profiles extends DeviceProfileServiceGrpc.DeviceProfileServiceImplBase {

		@Override
		public void get(GetDeviceProfileRequest request, StreamObserver<GetDeviceProfileResponse> response) {
			DeviceProfile profile = FakeChirpStack.this.profiles.get(request.getId());
			if (profile == null) {
				response.onError(new StatusRuntimeException(Status.NOT_FOUND));
				return;
			}
			response.onNext(GetDeviceProfileResponse.newBuilder().setDeviceProfile(profile).build());
			response.onCompleted();
		}

	}

	private static final class Applications extends ApplicationServiceGrpc.ApplicationServiceImplBase {

		@Override
		public void list(ListApplicationsRequest request, StreamObserver<ListApplicationsResponse> response) {
			List<ApplicationListItem> all = request.getTenantId().equals(TENANT)
					? List.of(ApplicationListItem.newBuilder().setId(APPLICATION).setName("sensors").build())
					: List.of();
			response.onNext(ListApplicationsResponse.newBuilder()
				.setTotalCount(all.size())
				.addAllResult(page(all, request.getLimit(), request.getOffset()))
				.build());
			response.onCompleted();
		}

	}

	private static final class Tenants extends TenantServiceGrpc.TenantServiceImplBase {

		@Override
		public void list(ListTenantsRequest request, StreamObserver<ListTenantsResponse> response) {
			List<TenantListItem> all = List.of(TenantListItem.newBuilder().setId(TENANT).setName("Nordpark").build());
			response.onNext(ListTenantsResponse.newBuilder()
				.setTotalCount(all.size())
				.addAllResult(page(all, request.getLimit(), request.getOffset()))
				.build());
			response.onCompleted();
		}

	}

}
