package org.nordpark.model.site;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.SensorKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SiteManifestTests {

	private static final Path SMALL = Path.of("src/test/resources/site/small-site.yaml");

	@Test
	void readsZonesWaysAndSensorsWithDefaults() {
		SiteManifest manifest = SiteManifest.load(SMALL);
		assertThat(manifest.site().simulated()).isTrue();
		assertThat(manifest.zones()).extracting(Zone::id).containsExactly("P1", "park");
		assertThat(manifest.zone("P1")).get().satisfies((zone) -> {
			assertThat(zone.type()).isEqualTo(Zone.ZoneType.CAR_PARK);
			assertThat(zone.capacity()).isEqualTo(1200);
			assertThat(zone.polygon()).hasSize(3);
		});
		assertThat(manifest.ways()).singleElement().extracting(Way::type).isEqualTo(Way.WayType.ROAD);
		SiteSensor bay = manifest.sensor("70b3d5e75e00a101").orElseThrow();
		assertThat(bay.kind()).isEqualTo(SensorKind.PARKING);
		assertThat(bay.uplinkInterval()).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void turnsSensorsIntoManifestCatalogEntries() {
		SiteSensor counter = SiteManifest.load(SMALL).sensor("70b3d5e75e00b001").orElseThrow();
		CatalogEntry entry = counter.toCatalogEntry(Instant.EPOCH);
		assertThat(entry.kind()).isEqualTo(SensorKind.TRAFFIC);
		assertThat(entry.source()).isEqualTo(CatalogEntry.Source.MANIFEST);
		assertThat(entry.setting("ltr")).isEqualTo("inbound");
		assertThat(entry.setting("classes")).isEqualTo("0:pedestrian,1:bicycle,2:car,3:truck");
	}

	@Test
	void rejectsASensorInAnUnknownZone() {
		String yaml = """
				site: { name: x, centre: { lat: 1, lon: 1 }, timeZone: UTC, simulated: true }
				zones: [ { id: A, name: A, type: area, centre: { lat: 1, lon: 1 } } ]
				sensors:
				  - { devEui: 0000000000000001, name: s, model: bosch-tps110, zone: B, lat: 1, lon: 1 }
				""";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SiteManifest.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t"))
			.withMessageContaining("refers to zone B, which is not defined");
	}

	@Test
	void rejectsAnUnknownModelWithoutKind() {
		String yaml = """
				site: { name: x, centre: { lat: 1, lon: 1 }, timeZone: UTC, simulated: true }
				zones: [ { id: A, name: A, type: area, centre: { lat: 1, lon: 1 } } ]
				sensors:
				  - { devEui: 0000000000000001, name: s, model: acme-x, zone: A, lat: 1, lon: 1 }
				""";
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SiteManifest.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t"))
			.withMessageContaining("model 'acme-x', which has no default kind");
	}

}
