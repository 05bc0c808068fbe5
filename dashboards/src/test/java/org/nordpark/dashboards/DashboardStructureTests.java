package org.nordpark.dashboards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nordpark.dashboards.Dashboards.Dashboard;
import org.nordpark.dashboards.Dashboards.Panel;
import org.nordpark.dashboards.Dashboards.Target;
import org.nordpark.model.InfluxSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guard tests for the files Grafana reads: clean dashboard JSON, ids and uids, the
 * datasource by uid, names that exist in the schema, variables that are defined, and the
 * provisioning files.
 */
class DashboardStructureTests {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final List<Dashboard> dashboards = Dashboards.all();

	@Test
	void theFiveDashboardsAreThere() {
		assertThat(this.dashboards).extracting(Dashboard::uid)
			.containsExactlyInAnyOrder("nordpark-overview", "nordpark-parking", "nordpark-traffic",
					"nordpark-environment", "nordpark-operations");
	}

	@Test
	void dashboardsAreCleanOfExportNoiseAndHaveStableUidsAndTitles() {
		Set<String> uids = new HashSet<>();
		Set<String> titles = new HashSet<>();
		for (Dashboard dashboard : this.dashboards) {
			JsonNode json = dashboard.json();
			assertThat(json.has("id")).as("%s has an export id", dashboard).isFalse();
			assertThat(json.has("iteration")).as("%s has iteration", dashboard).isFalse();
			assertThat(json.has("__inputs")).as("%s has __inputs", dashboard).isFalse();
			assertThat(json.has("__requires")).as("%s has __requires", dashboard).isFalse();
			assertThat(json.has("__elements")).as("%s has __elements", dashboard).isFalse();
			assertThat(dashboard.uid()).matches("nordpark-[a-z]+").isEqualTo("nordpark-" + dashboard.slug());
			assertThat(dashboard.title()).startsWith("Nordpark – ");
			assertThat(json.path("description").asString("")).as("%s description", dashboard).isNotBlank();
			assertThat(json.path("schemaVersion").asInt()).as("%s schemaVersion", dashboard).isBetween(36, 41);
			assertThat(json.path("tags").toString()).contains("\"nordpark\"");
			assertThat(json.path("time").path("from").asString()).startsWith("now-");
			assertThat(json.path("timezone").asString()).as("%s shows site time", dashboard)
				.isEqualTo(SitePositionsTests.testSite().site().timeZone());
			assertThat(uids.add(dashboard.uid())).as("uid %s is unique", dashboard.uid()).isTrue();
			assertThat(titles.add(dashboard.title())).as("title %s is unique", dashboard.title()).isTrue();
		}
	}

	@Test
	void panelIdsAreUniqueAndEveryPanelIsTitledDescribedAndPlaced() {
		for (Dashboard dashboard : this.dashboards) {
			Set<Integer> ids = new HashSet<>();
			for (Panel panel : dashboard.panels()) {
				assertThat(panel.id()).as("%s id", panel).isPositive();
				assertThat(ids.add(panel.id())).as("%s id is unique", panel).isTrue();
				assertThat(panel.title()).as("%s title", panel).isNotBlank();
				assertThat(panel.json().path("description").asString("")).as("%s description", panel).isNotBlank();
				JsonNode grid = panel.json().path("gridPos");
				assertThat(grid.path("x").asInt() + grid.path("w").asInt()).as("%s width", panel).isBetween(1, 24);
				assertThat(grid.path("h").asInt()).as("%s height", panel).isPositive();
				assertThat(panel.targets()).as("%s queries", panel).isNotEmpty();
			}
		}
	}

	@Test
	void everyQueryAndVariableUsesTheProvisionedDatasourceByUid() {
		String provisioned = YAML.readTree(Dashboards.provisioningDir().resolve("datasources/influxdb.yml").toFile())
			.path("datasources")
			.path(0)
			.path("uid")
			.asString();
		assertThat(provisioned).isEqualTo(Dashboards.DATASOURCE_UID);
		for (Dashboard dashboard : this.dashboards) {
			for (Panel panel : dashboard.panels()) {
				JsonNode datasource = panel.json().path("datasource");
				assertThat(datasource.isObject()).as("%s datasource is a reference by uid", panel).isTrue();
				assertThat(datasource.path("uid").asString()).as("%s datasource", panel)
					.isIn(Dashboards.DATASOURCE_UID, "-- Mixed --");
				for (Target target : panel.targets()) {
					if (target.isInfluxQl()) {
						assertThat(target.json().path("rawQuery").asBoolean()).as("%s is raw InfluxQL", target)
							.isTrue();
						assertThat(target.query()).as("%s query", target).isNotBlank();
					}
					else {
						// the only other source is the positions snapshot embedded in the
						// map
						assertThat(target.datasourceUid()).as("%s datasource", target).isEqualTo("grafana");
						assertThat(target.json().path("queryType").asString()).isEqualTo("snapshot");
					}
				}
			}
			for (JsonNode variable : dashboard.variables()) {
				if (variable.path("type").asString().equals("query")) {
					assertThat(variable.path("datasource").path("uid").asString())
						.as("%s variable %s", dashboard, variable.path("name").asString())
						.isEqualTo(Dashboards.DATASOURCE_UID);
				}
			}
		}
	}

	@Test
	void everyMeasurementTagAndFieldUsedExistsInTheSchema() {
		List<String> problems = new ArrayList<>();
		for (Dashboard dashboard : this.dashboards) {
			for (Panel panel : dashboard.panels()) {
				for (Target target : panel.targets()) {
					if (target.isInfluxQl()) {
						SchemaReferences.problems(target.query()).forEach((p) -> problems.add(target + ": " + p));
					}
				}
			}
			for (JsonNode variable : dashboard.variables()) {
				if (variable.path("type").asString().equals("query")) {
					SchemaReferences.problems(variable.path("query").asString())
						.forEach((p) -> problems.add(dashboard + " variable: " + p));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theSchemaCheckRejectsUnknownNames() {
		assertThat(SchemaReferences.problems("SELECT mean(\"co2_ppm\") FROM \"raw\".\"environment\"")).isEmpty();
		assertThat(SchemaReferences.problems("SELECT mean(\"co2\") FROM \"raw\".\"environment\"")).hasSize(1);
		assertThat(SchemaReferences.problems("SELECT max(\"max_db_max\") FROM \"raw\".\"noise\"")).hasSize(1);
		assertThat(SchemaReferences.problems("SELECT max(\"max_db_max\") FROM \"hourly\".\"noise\"")).isEmpty();
		assertThat(SchemaReferences.problems("SELECT sum(\"uplinks\") FROM \"$rp\".\"link\"")).hasSize(1);
		assertThat(SchemaReferences.problems("SELECT mean(co2_ppm) FROM \"raw\".\"environment\"")).hasSize(1);
		assertThat(SchemaReferences.problems("SELECT mean(\"x\") FROM \"raw\".\"weather\"")).isNotEmpty();
		assertThat(SchemaReferences.problems("SHOW TAG VALUES FROM /^(traffic|people)$/ WITH KEY = \"zone\""))
			.isEmpty();
	}

	@Test
	void everyVariableAQueryUsesIsDefinedOnItsDashboard() {
		TimeRange range = TimeRange.of("now-1h", "now", java.time.Instant.parse("2025-03-12T12:00:00Z"));
		GrafanaInterval interval = GrafanaInterval.calculate(range, 1000, "");
		for (Dashboard dashboard : this.dashboards) {
			Map<String, VariableValue> variables = new HashMap<>();
			for (JsonNode variable : dashboard.variables()) {
				String name = variable.path("name").asString();
				variables.put(name, VariableValue.single(name, "x"));
			}
			for (Panel panel : dashboard.panels()) {
				for (Target target : panel.targets()) {
					if (target.isInfluxQl()) {
						String expanded = GrafanaInfluxQl.expand(target.query(), variables, range, interval);
						assertThat(expanded).as("%s", target).doesNotContainPattern("\\$[\\w{]").doesNotContain("[[");
					}
				}
			}
		}
	}

	@Test
	void provisioningPointsGrafanaAtTheDatabaseAndTheDashboardFolder() throws java.io.IOException {
		JsonNode datasource = YAML.readTree(Dashboards.provisioningDir().resolve("datasources/influxdb.yml").toFile())
			.path("datasources")
			.path(0);
		assertThat(datasource.path("type").asString()).isEqualTo("influxdb");
		assertThat(datasource.path("url").asString()).isEqualTo("http://influxdb:8086");
		assertThat(datasource.path("jsonData").path("version").asString()).isEqualTo("InfluxQL");
		assertThat(datasource.path("jsonData").path("dbName").asString()).isEqualTo(InfluxSchema.DATABASE);
		assertThat(datasource.path("user").asString()).isEqualTo("$NORDPARK_INFLUX_READ_USER");
		assertThat(datasource.path("secureJsonData").path("password").asString())
			.isEqualTo("$NORDPARK_INFLUX_READ_PASSWORD");
		JsonNode provider = YAML.readTree(Dashboards.provisioningDir().resolve("dashboards/nordpark.yml").toFile())
			.path("providers")
			.path(0);
		assertThat(provider.path("type").asString()).isEqualTo("file");
		assertThat(provider.path("folder").asString()).isEqualTo("Nordpark");
		assertThat(provider.path("options").path("path").asString()).isEqualTo("/var/lib/grafana/dashboards");
		assertThat(Files.list(Dashboards.moduleDir().resolve("json")).map(Path::toString))
			.allMatch((name) -> name.endsWith(".json"));
	}

}
