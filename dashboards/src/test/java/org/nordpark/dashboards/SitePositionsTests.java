package org.nordpark.dashboards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.dashboards.Dashboards.Dashboard;
import org.nordpark.dashboards.Dashboards.Target;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.SiteSensor;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The sensor positions embedded in the overview's map (InfluxDB holds no positions) are
 * those of the site manifest.
 */
class SitePositionsTests {

	static final Path SITE_MANIFEST = Dashboards.moduleDir().resolve("../config/nordpark-site.yaml").normalize();

	@Test
	void theMapHoldsThePositionOfEveryTestSiteSensor() {
		Map<String, JsonNode> frame = positions();
		for (SiteSensor sensor : testSite().sensors()) {
			assertThat(frame).as("position of %s", sensor.devEui()).containsKey(sensor.devEui());
			assertThat(frame.get(sensor.devEui()).path("lat").asDouble()).isEqualTo(sensor.lat());
			assertThat(frame.get(sensor.devEui()).path("lon").asDouble()).isEqualTo(sensor.lon());
		}
	}

	@Test
	void theMapHoldsExactlyTheSensorsOfTheSiteManifest() {
		assumeTrue(Files.isRegularFile(SITE_MANIFEST), "no site manifest at " + SITE_MANIFEST);
		SiteManifest site = SiteManifest.load(SITE_MANIFEST);
		Map<String, JsonNode> frame = positions();
		List<String> differences = new ArrayList<>();
		for (SiteSensor sensor : site.sensors()) {
			JsonNode row = frame.remove(sensor.devEui());
			if (row == null) {
				differences.add("missing " + sensor.devEui() + " " + sensor.name());
			}
			else if (row.path("lat").asDouble() != sensor.lat() || row.path("lon").asDouble() != sensor.lon()
					|| !row.path("zone").asString().equals(sensor.zone())
					|| !row.path("name").asString().equals(sensor.name())
					|| !row.path("kind").asString().equals(sensor.kind().id())) {
				differences.add("changed " + sensor.devEui() + " " + sensor.name());
			}
		}
		frame.keySet().forEach((id) -> differences.add("not in the manifest " + id));
		assertThat(differences)
			.as("overview map positions differ from %s; regenerate the POS frame of "
					+ "json/overview.json (see README)", SITE_MANIFEST)
			.isEmpty();
	}

	static SiteManifest testSite() {
		return SiteManifest.read(SitePositionsTests.class.getResourceAsStream("/site/dashboard-test-site.yaml"),
				"dashboard-test-site.yaml");
	}

	/** The rows of the map's positions frame by sensor id. */
	static Map<String, JsonNode> positions() {
		Dashboard overview = Dashboards.all()
			.stream()
			.filter((d) -> d.uid().equals("nordpark-overview"))
			.findFirst()
			.orElseThrow();
		Target positions = overview.panels()
			.stream()
			.filter((p) -> p.type().equals("geomap"))
			.flatMap((p) -> p.targets().stream())
			.filter((t) -> !t.isInfluxQl())
			.findFirst()
			.orElseThrow();
		JsonNode frame = positions.json().path("snapshot").path(0);
		List<String> names = new ArrayList<>();
		frame.path("schema").path("fields").forEach((field) -> names.add(field.path("name").asString()));
		JsonNode columns = frame.path("data").path("values");
		Map<String, JsonNode> rows = new LinkedHashMap<>();
		for (int row = 0; row < columns.path(0).size(); row++) {
			tools.jackson.databind.node.ObjectNode values = Dashboards.JSON.createObjectNode();
			for (int column = 0; column < names.size(); column++) {
				values.set(names.get(column), columns.path(column).path(row));
			}
			rows.put(values.path("sensor_id").asString(), values);
		}
		return rows;
	}

}
