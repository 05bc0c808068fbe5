package org.nordpark.bridge.catalog;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.SensorKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeviceTagsTests {

	private final DeviceTags tags = new DeviceTags(new ModelResolver(Map.of("Parking v2", "bosch-tps110")),
			Map.of("dragino-lht65n", SensorKind.ENVIRONMENT));

	@Test
	void choosesTheNativeModelNamedInTheProfileName() {
		assertThat(entry("Milesight EM500-CO2 EU868", Map.of()).model()).isEqualTo("milesight-em500-co2");
		assertThat(entry("Milesight EM500-CO2 EU868", Map.of()).kind()).isEqualTo(SensorKind.ENVIRONMENT);
	}

	@Test
	void letsTheModelTagWinOverTheProfileName() {
		assertThat(entry("Milesight EM500-CO2", Map.of("model", "milesight-ws302")).model())
			.isEqualTo("milesight-ws302");
	}

	@Test
	void usesConfiguredProfileNames() {
		assertThat(entry("Parking v2", Map.of()).model()).isEqualTo("bosch-tps110");
	}

	@Test
	void letsTheKindTagOverrideTheModelsKind() {
		assertThat(entry("Elsys ERS Sound", Map.of("model", "elsys-ers", "kind", "noise")).kind())
			.isEqualTo(SensorKind.NOISE);
	}

	@Test
	void takesTheKindOfAMappedModel() {
		assertThat(entry("Dragino LHT65N", Map.of()).model()).isEqualTo("dragino-lht65n");
		assertThat(entry("Dragino LHT65N", Map.of()).kind()).isEqualTo(SensorKind.ENVIRONMENT);
	}

	@Test
	void copiesZonePositionAndSettingsButNoOtherTags() {
		CatalogEntry entry = entry("Bosch TPS110",
				Map.of("zone", "P3", "lat", "51.17", "lon", "6.38", "section", "disabled", "district", "north"));
		assertThat(entry.zone()).isEqualTo("P3");
		assertThat(entry.lat()).isEqualTo(51.17);
		assertThat(entry.settings()).isEqualTo(Map.of("section", "disabled"));
	}

	@Test
	void refusesDevicesOfUnknownModelWithoutKind() {
		assertThatIllegalArgumentException().isThrownBy(() -> entry("Acme Thing", Map.of()))
			.withMessage("device 0011223344556677 has model 'acme-thing', which is neither native nor mapped: "
					+ "set a kind tag and a codec mapping");
	}

	@Test
	void refusesDevicesWithoutModelOrProfile() {
		assertThatIllegalArgumentException().isThrownBy(() -> entry("", Map.of()))
			.withMessage("device 0011223344556677 has neither a model tag nor a device profile name");
	}

	private CatalogEntry entry(String profile, Map<String, String> deviceTags) {
		return this.tags.toEntry("0011223344556677", "name", profile, deviceTags, Instant.EPOCH);
	}

}
