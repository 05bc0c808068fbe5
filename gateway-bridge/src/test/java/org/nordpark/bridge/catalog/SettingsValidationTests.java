package org.nordpark.bridge.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.bridge.decoder.DeviceDecoders;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.CatalogSettings;
import org.nordpark.model.SensorKind;
import org.nordpark.model.SensorModel;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A setting that cannot fit its device is reported when the catalog is loaded: in health
 * and in one log line naming the device and the setting.
 */
@ExtendWith(OutputCaptureExtension.class)
class SettingsValidationTests {

	@Test
	void reportsAClassesSettingWithAKeyNoFrameHasAtLoad(CapturedOutput output) {
		// written for the old Gen-2 meaning (categories 1-4): key 4 fits no class slot
		CatalogEntry counter = entry("70b3d5e75e00a1b2", SensorModel.PARAMETRIC_TCR,
				Map.of(CatalogSettings.CLASSES, "1:car,2:car,3:car,4:truck"));
		SensorCatalog catalog = new SensorCatalog("manifest", null, DeviceDecoders.standard()::settingProblems);
		catalog.load(List.of(counter, entry("70b3d5e75e00a1b3", SensorModel.PARAMETRIC_TCR,
				Map.of(CatalogSettings.CLASSES, "0:pedestrian,1:bicycle,2:car,3:truck"))));

		assertThat(catalog.state().settingProblems()).containsOnlyKeys("70b3d5e75e00a1b2");
		assertThat(catalog.state().settingProblems().get("70b3d5e75e00a1b2"))
			.startsWith("setting classes '1:car,2:car,3:car,4:truck' has key 4");
		assertThat(output).contains("sensor setting does not fit the device [sensorId: 70b3d5e75e00a1b2, "
				+ "model: parametric-tcr, setting: classes, problem: setting classes '1:car,2:car,3:car,4:truck' has key 4");

		Health health = new CatalogHealthIndicator(catalog).health(true);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsKey("settingProblems");
	}

	@Test
	void reportsAPartialClassesSettingAndABinWithoutRoom() {
		SensorCatalog catalog = new SensorCatalog("manifest", null, DeviceDecoders.standard()::settingProblems);
		catalog.load(List.of(
				entry("70b3d5e75e00a1b2", SensorModel.PARAMETRIC_TCR, Map.of(CatalogSettings.CLASSES, "0:car,1:truck")),
				entry("70b3d5e75e00a1b4", SensorModel.MILESIGHT_EM400_MUD,
						Map.of(CatalogSettings.EMPTY_DISTANCE_MM, "500", CatalogSettings.FULL_DISTANCE_MM, "800"))));
		assertThat(catalog.state().settingProblems()).containsEntry("70b3d5e75e00a1b2",
				"setting classes '0:car,1:truck' gives no class to keys 2, 3: frames counting in them are dead-lettered")
			.containsEntry("70b3d5e75e00a1b4",
					"setting emptyDistanceMm (500.0) must be greater than fullDistanceMm (800.0)");
	}

	@Test
	void forgetsAProblemOnceTheEntryIsCorrected() {
		SensorCatalog catalog = new SensorCatalog("manifest", null, DeviceDecoders.standard()::settingProblems);
		catalog.load(List.of(entry("70b3d5e75e00a1b2", SensorModel.PARAMETRIC_TCR,
				Map.of(CatalogSettings.CLASSES, "0:tram,1:car,2:car,3:car"))));
		assertThat(catalog.state().settingProblems()).hasSize(1);
		catalog.load(List.of(entry("70b3d5e75e00a1b2", SensorModel.PARAMETRIC_TCR,
				Map.of(CatalogSettings.CLASSES, "0:pedestrian,1:car,2:car,3:car"))));
		assertThat(catalog.state().settingProblems()).isEmpty();
	}

	private static CatalogEntry entry(String sensorId, SensorModel model, Map<String, String> settings) {
		return new CatalogEntry(sensorId, "sensor " + sensorId, model.id(), model.defaultKind(), "P1", null, null,
				settings, CatalogEntry.Source.MANIFEST, Instant.parse("2025-03-12T17:00:00Z"));
	}

}
