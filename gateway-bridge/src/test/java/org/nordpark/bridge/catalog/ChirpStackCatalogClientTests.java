package org.nordpark.bridge.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.SensorKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChirpStackCatalogClientTests {

	private final FakeChirpStack chirpStack = new FakeChirpStack();

	private final DeviceTags tags = new DeviceTags(new ModelResolver(Map.of()), Map.of());

	private ManagedChannel channel;

	@BeforeEach
	void addDevices() {
		this.channel = this.chirpStack.channel();
		this.chirpStack.addProfile("p-tcr", "Parametric TCR EU868", Map.of("classes", "0:car,1:car,2:car,3:truck"));
		this.chirpStack.addProfile("p-bay", "Bosch TPS110 (PLS)", Map.of());
		this.chirpStack.addDevice("70b3d5e75e00b001", "HWA counter", "p-tcr", "Parametric TCR EU868",
				Map.of("zone", "park", "lat", "51.1745", "lon", "6.385", "ltr", "inbound", "rtl", "outbound"));
		for (int i = 1; i <= 4; i++) {
			this.chirpStack.addDevice("70b3d5e75e00a10" + i, "P1 bay 00" + i, "p-bay", "Bosch TPS110 (PLS)",
					Map.of("zone", "P1"));
		}
	}

	@AfterEach
	void close() {
		this.channel.shutdownNow();
		this.chirpStack.close();
	}

	@Test
	void readsAllDevicesPageByPageWithProfileTagsUnderDeviceTags() {
		List<CatalogEntry> entries = client(properties(KEY, List.of(FakeChirpStack.APPLICATION), "", 2)).fetchAll();
		assertThat(entries).hasSize(5);
		assertThat(this.chirpStack.listCalls.get()).isEqualTo(3);
		CatalogEntry counter = entries.get(0);
		assertThat(counter.sensorId()).isEqualTo("70b3d5e75e00b001");
		assertThat(counter.name()).isEqualTo("HWA counter");
		assertThat(counter.model()).isEqualTo("parametric-tcr");
		assertThat(counter.kind()).isEqualTo(SensorKind.TRAFFIC);
		assertThat(counter.zone()).isEqualTo("park");
		assertThat(counter.lat()).isEqualTo(51.1745);
		assertThat(counter.settings())
			.isEqualTo(Map.of("classes", "0:car,1:car,2:car,3:truck", "ltr", "inbound", "rtl", "outbound"));
		assertThat(counter.source()).isEqualTo(CatalogEntry.Source.CHIRPSTACK);
		assertThat(entries.get(4).model()).isEqualTo("bosch-tps110");
	}

	@Test
	void findsTheApplicationsOfTheTenant() {
		assertThat(client(properties(KEY, List.of(), FakeChirpStack.TENANT, 100)).fetchAll()).hasSize(5);
	}

	@Test
	void findsTheTenantsWhenNeitherApplicationsNorTenantAreConfigured() {
		assertThat(client(properties(KEY, List.of(), "", 100)).fetchAll()).hasSize(5);
	}

	@Test
	void readsDeviceTagsOneByOneFromServersWhoseListsHaveNone() {
		this.chirpStack.listTags = false;
		List<CatalogEntry> entries = client(properties(KEY, List.of(FakeChirpStack.APPLICATION), "", 100)).fetchAll();
		assertThat(entries.get(0).zone()).isEqualTo("park");
		assertThat(this.chirpStack.getCalls.get()).isEqualTo(5);
	}

	@Test
	void skipsDevicesWhoseTagsAreWrong() {
		this.chirpStack.addDevice("70b3d5e75e00c001", "bad", "p-bay", "Bosch TPS110 (PLS)", Map.of("lat", "north"));
		assertThat(client(properties(KEY, List.of(FakeChirpStack.APPLICATION), "", 100)).fetchAll())
			.extracting(CatalogEntry::sensorId)
			.doesNotContain("70b3d5e75e00c001")
			.hasSize(5);
	}

	@Test
	void failsWithUnauthenticatedForAWrongKey() {
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> client(properties("wrong", List.of(FakeChirpStack.APPLICATION), "", 100)).fetchAll())
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
	}

	@Test
	void keepsTheLastCatalogWhenTheServerBecomesUnavailable() {
		ChirpStackProperties properties = properties(KEY, List.of(FakeChirpStack.APPLICATION), "", 100);
		SensorCatalog catalog = new SensorCatalog("chirpstack", null, (entry) -> java.util.Map.of());
		CatalogRefresher refresher = new CatalogRefresher(catalog,
				new CatalogProperties(Path.of("does-not-exist.yaml"), Map.of()), properties, client(properties));
		refresher.refresh();
		assertThat(catalog.entries()).hasSize(5);
		assertThat(catalog.state().lastError()).isNull();

		this.chirpStack.shutdown();
		refresher.refresh();
		assertThat(catalog.entries()).hasSize(5);
		assertThat(catalog.state().lastError()).startsWith("ChirpStack API in-process: UNAVAILABLE");
		assertThat(catalog.state().lastRefresh()).isNotNull();
	}

	@Test
	void reportsAnAuthenticationFailureInTheCatalogState() {
		ChirpStackProperties properties = properties("wrong", List.of(FakeChirpStack.APPLICATION), "", 100);
		SensorCatalog catalog = new SensorCatalog("chirpstack", null, (entry) -> java.util.Map.of());
		new CatalogRefresher(catalog, new CatalogProperties(Path.of("does-not-exist.yaml"), Map.of()), properties,
				client(properties))
			.refresh();
		assertThat(catalog.state().lastError()).isEqualTo("ChirpStack API in-process: UNAUTHENTICATED invalid API key");
		assertThat(catalog.state().lastRefresh()).isNull();
	}

	private ChirpStackCatalogClient client(ChirpStackProperties properties) {
		return new ChirpStackCatalogClient(this.channel, properties, this.tags);
	}

	private static final String KEY = FakeChirpStack.KEY;

	private static ChirpStackProperties properties(String key, List<String> applications, String tenant, int pageSize) {
		return new ChirpStackProperties("in-process", key, applications, tenant, Duration.ofMinutes(5),
				Duration.ofSeconds(30), Duration.ofSeconds(5), pageSize, true);
	}

}
