package org.nordpark.dashboards;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.dashboards.Dashboards.Dashboard;
import org.nordpark.dashboards.Dashboards.Panel;
import org.nordpark.dashboards.Dashboards.Target;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.SensorKind;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.model.site.Zone;
import org.nordpark.testsupport.InfluxExtension;
import org.nordpark.testsupport.InfluxServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof that every panel is filled: a real InfluxDB is set up like ingest sets it up
 * ({@code raw} default, {@code hourly}), seeded with eight days of readings of a site
 * excerpt, {@code hourly} filled with the rollup statements; then every query of every
 * panel of every dashboard is expanded the way Grafana expands it (time range and
 * interval of the dashboard's default range or the panel's override, template variables
 * from their own {@code SHOW TAG VALUES} queries) and run. Each must return series with
 * values, grouped by the tags the query names, with tag values of the site and values
 * within the panel's min/max; with every retention policy the panel offers; and for every
 * variable, with at least one single value selected.
 */
@ExtendWith(InfluxExtension.class)
class DashboardQueriesIT {

	private static final Logger log = LoggerFactory.getLogger(DashboardQueriesIT.class);

	private static final Pattern USES_VARIABLE = Pattern.compile("\\$\\{?(\\w+)");

	private static GrafanaQueries grafana;

	private static PanelResults results;

	private static SiteManifest site;

	@BeforeAll
	static void seed(InfluxServer server) {
		String database = server.newDatabase();
		server.execute("CREATE RETENTION POLICY \"" + InfluxSchema.RP_RAW + "\" ON \"" + database
				+ "\" DURATION 30d REPLICATION 1 DEFAULT");
		server.execute("CREATE RETENTION POLICY \"" + InfluxSchema.RP_HOURLY + "\" ON \"" + database
				+ "\" DURATION INF REPLICATION 1");
		site = SitePositionsTests.testSite();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		List<String> lines = SiteReadings.generate(site, now);
		for (int i = 0; i < lines.size(); i += 5000) {
			server.write(database, String.join("\n", lines.subList(i, Math.min(lines.size(), i + 5000))));
		}
		Instant from = now.minus(SiteReadings.SPAN).truncatedTo(ChronoUnit.HOURS);
		Instant to = now.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
		for (String statement : HourlyRollups.statements(database, from, to)) {
			server.query(database, statement);
		}
		assertThat(server.countPoints(database, InfluxSchema.PARKING.name())).isPositive();
		grafana = new GrafanaQueries(server, database, now);
		results = new PanelResults(site);
		log.info("seeded site readings [points: {}, sensors: {}, database: {}]", lines.size(), site.sensors().size(),
				database);
	}

	@TestFactory
	Stream<DynamicTest> everyPanelQueryReturnsWhatItsPanelNeeds() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Dashboard dashboard : Dashboards.all()) {
			Map<String, VariableValue> defaults = grafana.variables(dashboard);
			for (Panel panel : dashboard.panels()) {
				for (Target target : panel.targets()) {
					if (target.isInfluxQl()) {
						tests.add(DynamicTest.dynamicTest(target.toString(), () -> check(dashboard, target, defaults)));
					}
				}
			}
		}
		assertThat(tests).hasSizeGreaterThan(40);
		return tests.stream();
	}

	@Test
	void everyVariableQueryReturnsValuesOfTheSite() {
		Set<String> zones = new HashSet<>();
		site.zones().forEach((zone) -> zones.add(zone.id()));
		for (Dashboard dashboard : Dashboards.all()) {
			for (VariableValue variable : grafana.variables(dashboard).values()) {
				assertThat(variable.values()).as("%s variable %s", dashboard, variable.name()).isNotEmpty();
				if (variable.name().equals("zone")) {
					assertThat(zones).as("%s zones", dashboard).containsAll(variable.values());
				}
			}
		}
	}

	@Test
	void silentDevicesTableListsExactlyTheDeviceThatStoppedReporting() {
		Dashboard operations = dashboard("nordpark-operations");
		Panel panel = panel(operations, "Stille Geräte");
		Map<String, VariableValue> variables = grafana.variables(operations);
		Map<String, Double> silence = perSensor(grafana.run(operations, panel.targets().get(0), variables));
		Map<String, Double> longestGap = perSensor(grafana.run(operations, panel.targets().get(1), variables));
		// what the panel's transformations do: join by sensor, divide, keep factor > 1.5
		Set<String> silent = new HashSet<>();
		silence.forEach((sensor, minutes) -> {
			Double interval = longestGap.get(sensor);
			if (interval != null && minutes / interval > 1.5) {
				silent.add(sensor);
			}
		});
		assertThat(silent).containsExactly(SiteReadings.SILENT_SENSOR);
		assertThat(silence.get(SiteReadings.SILENT_SENSOR)).isBetween(165.0, 195.0);
	}

	@Test
	void aSensorThatMeasuresSeveralThingsShowsInTheClimateNoiseAndPresencePanels() {
		Dashboard environment = dashboard("nordpark-environment");
		Map<String, VariableValue> variables = grafana.variables(environment);
		String ersSound = "70b3d5e75e400001";
		assertThat(
				perSensor(grafana.run(environment, panel(environment, "Temperatur (RP)").targets().get(0), variables)))
			.containsKey(ersSound);
		assertThat(perSensor(
				grafana.run(environment, panel(environment, "Lärm LAeq und LAmax").targets().get(0), variables)))
			.containsKey(ersSound)
			.containsKey(siteSensorOfModel("milesight-ws302"));
		Map<String, Double> presence = perSensor(
				grafana.run(environment, panel(environment, "Präsenz (ERS Eye)").targets().get(0), variables));
		assertThat(presence).containsKey(ersSound);
		assertThat(presence.values()).allSatisfy((value) -> assertThat(value).isBetween(0.0, 2.0));
	}

	private static String siteSensorOfModel(String model) {
		return site.sensors().stream().filter((s) -> s.model().equals(model)).findFirst().orElseThrow().devEui();
	}

	@Test
	void occupancyMatrixHasAValueForEveryWeekdayAndHour() {
		Dashboard parking = dashboard("nordpark-parking");
		JsonNode result = grafana.run(parking, panel(parking, "Belegung nach Wochentag und Stunde").targets().get(0),
				grafana.variables(parking));
		Set<String> cells = new HashSet<>();
		Set<DayOfWeek> days = new HashSet<>();
		for (JsonNode row : result.path("results").path(0).path("series").path(0).path("values")) {
			ZonedDateTime time = Instant.parse(row.path(0).asString()).atZone(ZoneId.of(site.site().timeZone()));
			assertThat(row.path(1).asDouble()).isBetween(0.0, 1.0);
			cells.add(time.getDayOfWeek() + " " + time.getHour());
			days.add(time.getDayOfWeek());
		}
		assertThat(days).hasSize(7);
		assertThat(cells).hasSize(7 * 24);
	}

	@Test
	void mapMarkersJoinThePositionsOfEveryReportingSensor() {
		Dashboard overview = dashboard("nordpark-overview");
		Panel map = overview.panels().stream().filter((p) -> p.type().equals("geomap")).findFirst().orElseThrow();
		Target status = map.targets().stream().filter(Target::isInfluxQl).findFirst().orElseThrow();
		Map<String, Double> uplinks = perSensor(grafana.run(overview, status, grafana.variables(overview)));
		Set<String> all = new HashSet<>();
		site.sensors().forEach((sensor) -> all.add(sensor.devEui()));
		assertThat(uplinks.keySet()).isEqualTo(all);
		assertThat(SitePositionsTests.positions().keySet()).containsAll(uplinks.keySet());
	}

	@Test
	void freeBaysAreCountedPerCarParkWithinItsMonitoredBays() {
		Dashboard parking = dashboard("nordpark-parking");
		JsonNode result = grafana.run(parking, panel(parking, "Freie überwachte Plätze jetzt").targets().get(0),
				grafana.variables(parking));
		Map<String, Integer> bays = new HashMap<>();
		for (SiteSensor sensor : site.sensors()) {
			if (sensor.kind() == SensorKind.PARKING) {
				bays.merge(sensor.zone(), 1, Integer::sum);
			}
		}
		Map<String, Double> free = new LinkedHashMap<>();
		for (JsonNode series : result.path("results").path(0).path("series")) {
			free.put(series.path("tags").path("zone").asString(), series.path("values").path(0).path(1).asDouble());
		}
		assertThat(free.keySet()).isEqualTo(bays.keySet());
		free.forEach((zone, n) -> assertThat(n).as("free bays in %s", zone).isBetween(0.0, (double) bays.get(zone)));
	}

	@Test
	void wholeCarParksShowTheNewestEstimateOfFreeSpacesOfEveryCarParkWithACapacity() {
		Dashboard parking = dashboard("nordpark-parking");
		JsonNode result = grafana.run(parking, panel(parking, "Freie Plätze jetzt – ganzer Parkplatz").targets().get(0),
				grafana.variables(parking));
		Map<String, Integer> capacities = new HashMap<>();
		site.zones()
			.stream()
			.filter((zone) -> zone.type() == Zone.ZoneType.CAR_PARK && zone.capacity() != null)
			.forEach((zone) -> capacities.put(zone.id(), zone.capacity()));
		Map<String, Double> free = new LinkedHashMap<>();
		for (JsonNode series : result.path("results").path(0).path("series")) {
			free.put(series.path("tags").path("zone").asString(), series.path("values").path(0).path(1).asDouble());
		}
		assertThat(free.keySet()).isEqualTo(capacities.keySet());
		// the seeded estimate is the match days' target × capacity, so free is a whole
		// number of spaces within the capacity
		free.forEach((zone, n) -> assertThat(n).as("free spaces in %s", zone)
			.isBetween(0.0, (double) capacities.get(zone))
			.isEqualTo(Math.rint(n)));
	}

	// running and checking

	private static void check(Dashboard dashboard, Target target, Map<String, VariableValue> defaults) {
		JsonNode result = grafana.run(dashboard, target, defaults);
		results.check(target, result, "defaults " + defaults.values());
		Set<String> used = usedVariables(target.query());
		for (String name : used) {
			VariableValue variable = defaults.get(name);
			JsonNode definition = definition(dashboard, name);
			String type = definition.path("type").asString();
			if (type.equals("custom")) {
				// every option (e.g. both retention policies) must fill the panel
				for (JsonNode option : definition.path("options")) {
					Map<String, VariableValue> scenario = new HashMap<>(defaults);
					scenario.put(name, VariableValue.single(name, option.path("value").asString()));
					results.check(target, grafana.run(dashboard, target, scenario), name + "=" + option.path("value"));
				}
			}
			else if (type.equals("query")) {
				// a single selected value must work and return data for some value
				int withData = 0;
				for (String value : variable.values()) {
					Map<String, VariableValue> scenario = new HashMap<>(defaults);
					scenario.put(name, variable.selecting(value));
					if (!GrafanaQueries.series(grafana.run(dashboard, target, scenario)).isEmpty()) {
						withData++;
						break;
					}
				}
				assertThat(withData).as("%s with a single %s selected returns data for some value", target, name)
					.isPositive();
			}
		}
	}

	private static JsonNode definition(Dashboard dashboard, String name) {
		return dashboard.variables()
			.stream()
			.filter((v) -> v.path("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static Set<String> usedVariables(String query) {
		Set<String> names = new HashSet<>();
		Matcher matcher = USES_VARIABLE.matcher(query);
		while (matcher.find()) {
			if (!matcher.group(1).startsWith("__") && !matcher.group(1).equals("timeFilter")
					&& !matcher.group(1).equals("interval")) {
				names.add(matcher.group(1));
			}
		}
		return names;
	}

	/** The first value column of each series by its sensor_id tag. */
	private static Map<String, Double> perSensor(JsonNode result) {
		Map<String, Double> values = new HashMap<>();
		for (JsonNode series : GrafanaQueries.series(result)) {
			values.put(series.path("tags").path(InfluxSchema.TAG_SENSOR_ID).asString(),
					series.path("values").path(0).path(1).asDouble());
		}
		return values;
	}

	private static Dashboard dashboard(String uid) {
		return Dashboards.all().stream().filter((d) -> d.uid().equals(uid)).findFirst().orElseThrow();
	}

	private static Panel panel(Dashboard dashboard, String title) {
		return dashboard.panels().stream().filter((p) -> p.title().equals(title)).findFirst().orElseThrow();
	}

}
