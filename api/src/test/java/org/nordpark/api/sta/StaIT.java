package org.nordpark.api.sta;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nordpark.api.ApiIntegrationTest;
import org.nordpark.api.TestData;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SensorThings API over the known test data: entities, navigation, addressing and
 * every query option, worked out by hand from {@link TestData}.
 */
class StaIT extends ApiIntegrationTest {

	private static final String ROOT = "/sta/v1.1";

	@Test
	void serviceRootListsTheEntitySetsAndTheConformanceClasses() {
		JsonNode root = getJson(ROOT);
		assertThat(root.path("value").findValuesAsString("name")).containsExactly("Things", "Locations",
				"HistoricalLocations", "Sensors", "ObservedProperties", "Datastreams", "Observations",
				"FeaturesOfInterest");
		assertThat(root.path("value").get(0).path("url").asString())
			.isEqualTo("http://127.0.0.1:" + this.port + "/sta/v1.1/Things");
		List<String> conformance = new ArrayList<>();
		root.path("serverSettings").path("conformance").forEach((c) -> conformance.add(c.asString()));
		assertThat(conformance).contains("http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel",
				"http://www.opengis.net/spec/iot_sensing/1.1/req/request-data",
				"http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array");
	}

	@Test
	void thingsAreTheCatalogSensorsWithIdsDerivedFromTheirDevEui() {
		JsonNode things = getJson(ROOT + "/Things?$count=true&$orderby=name");
		assertThat(things.path("@iot.count").asLong()).isEqualTo(TestData.CATALOG_SIZE);
		assertThat(things.path("value").findValuesAsString("name")).containsExactly("HWA counter", "P1 bay 001",
				"P1 bay 002", "P1 bay 003", "Park air 1", "Park air 2");
		JsonNode bay = things.path("value").get(1);
		long id = StaIds.of(EntityType.THING, TestData.BAY_A);
		assertThat(bay.path("@iot.id").asLong()).isEqualTo(id);
		assertThat(bay.path("@iot.selfLink").asString()).endsWith("/sta/v1.1/Things(" + id + ")");
		assertThat(bay.path("Datastreams@iot.navigationLink").asString()).endsWith("/Things(" + id + ")/Datastreams");
		assertThat(bay.path("properties").path("sensorId").asString()).isEqualTo(TestData.BAY_A);
		assertThat(bay.path("properties").path("zone").asString()).isEqualTo("P1");
	}

	@Test
	void followsDatastreamsToObservationsAndBack() {
		JsonNode occupancy = occupancyDatastream();
		assertThat(occupancy.path("unitOfMeasurement").path("symbol").asString()).isEqualTo("1");
		assertThat(occupancy.path("phenomenonTime").asString())
			.isEqualTo("2025-03-12T16:00:00.000Z/2025-03-12T17:30:00.000Z");
		String ds = occupancy.path("@iot.selfLink").asString();
		JsonNode observations = getJson(path(ds) + "/Observations");
		assertThat(observations.path("value").findValuesAsString("phenomenonTime"))
			.containsExactly("2025-03-12T16:00:00.000Z", "2025-03-12T17:30:00.000Z");
		assertThat(observations.path("value").findValues("result")).extracting(JsonNode::asLong)
			.containsExactly(1L, 0L);
		JsonNode first = observations.path("value").get(0);
		JsonNode again = getJson(path(first.path("@iot.selfLink").asString()));
		assertThat(again.path("result").asLong()).isEqualTo(1);
		assertThat(getJson(path(first.path("Datastream@iot.navigationLink").asString())).path("@iot.id").asLong())
			.isEqualTo(occupancy.path("@iot.id").asLong());
		assertThat(getJson(path(ds) + "/Thing").path("name").asString()).isEqualTo("P1 bay 001");
		assertThat(getJson(path(ds) + "/ObservedProperty").path("definition").asString())
			.isEqualTo("https://nordpark.example/def/observed-property/occupied");
		assertThat(getJson(path(ds) + "/Sensor").path("name").asString()).isEqualTo("bosch-tps110");
		JsonNode feature = getJson(
				path(ds) + "/Observations(" + first.path("@iot.id").asLong() + ")/FeatureOfInterest");
		assertThat(feature.path("name").asString()).isEqualTo("Parkplatz P1");
		assertThat(feature.path("feature").path("type").asString()).isEqualTo("Polygon");
		long thing = StaIds.of(EntityType.THING, TestData.BAY_A);
		assertThat(getJson(ROOT + "/Things(" + thing + ")/Datastreams(" + occupancy.path("@iot.id").asLong() + ")")
			.path("name")
			.asString()).isEqualTo(occupancy.path("name").asString());
	}

	@Test
	void answersPropertiesValuesAndReferences() {
		long thing = StaIds.of(EntityType.THING, TestData.COUNTER);
		assertThat(getJson(ROOT + "/Things(" + thing + ")/name").path("name").asString()).isEqualTo("HWA counter");
		HttpResponse<String> value = get(ROOT + "/Things(" + thing + ")/name/$value");
		assertThat(value.statusCode()).isEqualTo(200);
		assertThat(value.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		assertThat(value.body()).isEqualTo("HWA counter");
		JsonNode refs = getJson(ROOT + "/Things(" + thing + ")/Datastreams/$ref?$count=true");
		assertThat(refs.path("value").get(0).size()).isEqualTo(1);
		assertThat(refs.path("value").get(0).path("@iot.selfLink").asString()).contains("/Datastreams(");
		assertThat(getJson(ROOT + "/Things/$ref").path("value").size()).isEqualTo(TestData.CATALOG_SIZE);
		long location = StaIds.of(EntityType.LOCATION, TestData.COUNTER);
		assertThat(getJson(ROOT + "/Things(" + thing + ")/Locations/$ref").path("value")
			.get(0)
			.path("@iot.selfLink")
			.asString()).endsWith("/Locations(" + location + ")");
	}

	@Test
	void locationsAndHistoricalLocationsComeFromTheCatalogPositions() {
		long thing = StaIds.of(EntityType.THING, TestData.BAY_A);
		JsonNode locations = getJson(ROOT + "/Things(" + thing + ")/Locations");
		assertThat(locations.path("value").size()).isEqualTo(1);
		JsonNode location = locations.path("value").get(0).path("location");
		assertThat(location.path("type").asString()).isEqualTo("Point");
		assertThat(location.path("coordinates").get(0).asDouble()).isEqualTo(6.3831);
		assertThat(location.path("coordinates").get(1).asDouble()).isEqualTo(51.1761);
		JsonNode historical = getJson(ROOT + "/Things(" + thing + ")/HistoricalLocations?$expand=Locations,Thing");
		assertThat(historical.path("value").get(0).path("time").asString()).isEqualTo("2025-03-12T08:00:00.000Z");
		assertThat(historical.path("value").get(0).path("Thing").path("name").asString()).isEqualTo("P1 bay 001");
		// bay C has no position: no Location
		long noPosition = StaIds.of(EntityType.THING, TestData.BAY_C);
		assertThat(getJson(ROOT + "/Things(" + noPosition + ")/Locations").path("value").size()).isZero();
	}

	@Test
	void filtersWithComparisonLogicalAndStringFunctions() {
		assertThat(names("/Things?$filter=" + q("startswith(name,'P1') and not (properties/kind eq 'traffic')")))
			.containsExactlyInAnyOrder("P1 bay 001", "P1 bay 002", "P1 bay 003");
		assertThat(names("/Things?$filter=" + q("tolower(name) eq 'hwa counter' or substringof('air 2', name)")))
			.containsExactlyInAnyOrder("HWA counter", "Park air 2");
		assertThat(names(
				"/Things?$filter=" + q("length(name) eq 10 and endswith(name, '1') and toupper(name) ne 'P1 BAY 001'")))
			.containsExactly("Park air 1");
		assertThat(names("/Things?$filter=" + q("indexof(name,'bay') eq 3 and substring(name, 7) eq '003'")))
			.containsExactly("P1 bay 003");
		assertThat(names("/Things?$filter=" + q("concat(concat(properties/zone, '/'), trim(' x ')) eq 'park/x'")))
			.hasSize(3);
		assertThat(names("/Datastreams?$filter=" + q("ObservedProperty/name eq 'CO2'"))).hasSize(2);
		assertThat(names("/Datastreams?$filter=" + q("Thing/properties/sensorId eq '" + TestData.COUNTER
				+ "' and properties/class eq 'car' and unitOfMeasurement/symbol eq '{count}'")))
			.containsExactlyInAnyOrder("HWA counter Count car inbound", "HWA counter Count car outbound");
	}

	@Test
	void filtersObservationsWithArithmeticAndDateFunctions() {
		String co2 = datastream(TestData.AIR_1, "CO2");
		assertThat(results(co2 + "/Observations?$filter=" + q("result add 10 gt 425"))).containsExactly(420.0);
		assertThat(results(co2 + "/Observations?$filter=" + q("result mul 2 eq 820 or result div 2 eq 210")))
			.containsExactly(410.0, 420.0);
		assertThat(results(co2 + "/Observations?$filter=" + q("(result sub 400) mod 20 eq 0"))).containsExactly(420.0);
		assertThat(results(co2 + "/Observations?$filter=" + q("phenomenonTime ge 2025-03-12T17:15:00Z")))
			.containsExactly(420.0);
		assertThat(results(co2 + "/Observations?$filter="
				+ q("year(phenomenonTime) eq 2025 and month(phenomenonTime) eq 3 and day(phenomenonTime) eq 12"
						+ " and hour(phenomenonTime) eq 17 and minute(phenomenonTime) eq 30"
						+ " and second(phenomenonTime) eq 0")))
			.containsExactly(420.0);
		assertThat(results(
				co2 + "/Observations?$filter=" + q("resultTime lt 2025-03-12T18:30:00+01:00 and result le 410")))
			.containsExactly(410.0);
		assertThat(results(co2 + "/Observations?$filter="
				+ q("round(result div 100) eq 4 and floor(4.5) eq 4"
						+ " and ceiling(4.5) eq 5 and Datastream/Thing/name eq 'Park air 1'")))
			.containsExactly(410.0, 420.0);
		assertThat(results(co2 + "/Observations?$filter=" + q("result gt -1 and phenomenonTime lt now()")))
			.containsExactly(410.0, 420.0);
	}

	@Test
	void filtersByGeometry() {
		String aroundP1 = "geography'POLYGON((6.382 51.175, 6.3835 51.175, 6.3835 51.177, 6.382 51.177, 6.382 51.175))'";
		assertThat(names("/Locations?$filter=" + q("geo.intersects(location, " + aroundP1 + ")")))
			.containsExactlyInAnyOrder("P1 bay 001", "P1 bay 002");
		assertThat(names("/Locations?$filter=" + q("st_within(location, " + aroundP1 + ")"))).hasSize(2);
		assertThat(names("/FeaturesOfInterest?$filter=" + q("st_contains(feature, geography'POINT(6.383 51.176)')")))
			.containsExactly("Parkplatz P1");
		assertThat(names("/Locations?$filter=" + q(
				"geo.distance(location, geography'POINT(6.3831 51.1761)') lt 0.00001 and geo.length(location) eq 0")))
			.containsExactly("P1 bay 001");
	}

	@Test
	void ordersPagesAndCounts() {
		JsonNode page = getJson(ROOT + "/Things?$orderby=" + q("name desc") + "&$top=2&$count=true&$select=name,id");
		assertThat(page.path("@iot.count").asLong()).isEqualTo(6);
		assertThat(page.path("value").findValuesAsString("name")).containsExactly("Park air 2", "Park air 1");
		assertThat(page.path("value").get(0).has("description")).isFalse();
		assertThat(page.path("value").get(0).has("@iot.id")).isTrue();
		String next = page.path("@iot.nextLink").asString();
		assertThat(next).contains("$top=2").contains("$skip=2");
		JsonNode second = getJson(path(next));
		assertThat(second.path("value").findValuesAsString("name")).containsExactly("P1 bay 003", "P1 bay 002");
		JsonNode last = getJson(ROOT + "/Things?$orderby=" + q("name desc") + "&$top=2&$skip=4");
		assertThat(last.has("@iot.nextLink")).isFalse();
		assertThat(last.path("value").findValuesAsString("name")).containsExactly("P1 bay 001", "HWA counter");
		String occupancy = path(occupancyDatastream().path("@iot.selfLink").asString());
		JsonNode desc = getJson(
				occupancy + "/Observations?$orderby=" + q("phenomenonTime desc") + "&$top=1&$count=true");
		assertThat(desc.path("@iot.count").asLong()).isEqualTo(2);
		assertThat(desc.path("value").get(0).path("result").asLong()).isZero();
		// one Datastream's pages continue after the last time, not with an OFFSET
		assertThat(desc.path("@iot.nextLink").asString()).contains("$skiptoken=").doesNotContain("$skip=");
		assertThat(getJson(path(desc.path("@iot.nextLink").asString())).path("value").get(0).path("result").asLong())
			.isEqualTo(1);
	}

	@Test
	void expandsNestedWithOptions() {
		long thing = StaIds.of(EntityType.THING, TestData.AIR_1);
		JsonNode body = getJson(ROOT + "/Things(" + thing + ")?$select=name&$expand="
				+ q("Datastreams($filter=ObservedProperty/name eq 'CO2';$select=name;"
						+ "$expand=Observations($orderby=phenomenonTime desc;$top=1;$count=true),ObservedProperty)"));
		assertThat(body.has("description")).isFalse();
		JsonNode datastreams = body.path("Datastreams");
		assertThat(datastreams.size()).isEqualTo(1);
		assertThat(datastreams.get(0).path("ObservedProperty").path("name").asString()).isEqualTo("CO2");
		assertThat(datastreams.get(0).path("Observations@iot.count").asLong()).isEqualTo(2);
		assertThat(datastreams.get(0).path("Observations").get(0).path("result").asDouble()).isEqualTo(420.0);
		// the latest CO2 of every Datastream in one request
		JsonNode latest = getJson(ROOT + "/Datastreams?$filter=" + q("ObservedProperty/name eq 'CO2'") + "&$expand="
				+ q("Observations($orderby=phenomenonTime desc;$top=1),Thing/Locations"));
		assertThat(latest.path("value").findValues("Observations"))
			.extracting((o) -> o.get(0).path("result").asDouble())
			.containsExactlyInAnyOrder(420.0, 400.0);
		assertThat(latest.path("value")
			.get(0)
			.path("Thing")
			.path("Locations")
			.get(0)
			.path("location")
			.path("type")
			.asString()).isEqualTo("Point");
	}

	@Test
	void writesObservationsAsDataArrays() {
		String co2 = datastream(TestData.AIR_1, "CO2");
		JsonNode body = getJson(co2 + "/Observations?$resultFormat=dataArray&$select=phenomenonTime,result");
		JsonNode group = body.path("value").get(0);
		assertThat(group.path("Datastream@iot.navigationLink").asString()).endsWith(co2.substring(ROOT.length()));
		assertThat(group.path("components").get(0).asString()).isEqualTo("phenomenonTime");
		assertThat(group.path("dataArray@iot.count").asInt()).isEqualTo(2);
		assertThat(group.path("dataArray").get(1).get(1).asDouble()).isEqualTo(420.0);
	}

	@Test
	void readsObservationsAcrossDatastreamsByDatastreamAndFeature() {
		long ds = Long.parseLong(datastream(TestData.AIR_1, "CO2").replaceAll(".*\\((\\d+)\\)$", "$1"));
		assertThat(results(ROOT + "/Observations?$filter=" + q("Datastream/@iot.id eq " + ds))).containsExactly(410.0,
				420.0);
		JsonNode all = getJson(ROOT + "/Observations?$count=true&$top=5");
		assertThat(all.path("@iot.count").asLong()).isGreaterThan(30);
		assertThat(all.path("value").size()).isEqualTo(5);
		JsonNode following = getJson(path(all.path("@iot.nextLink").asString()));
		assertThat(following.path("value").get(0).path("@iot.id").asLong())
			.isNotEqualTo(all.path("value").get(4).path("@iot.id").asLong());
		long feature = StaIds.of(EntityType.FEATURE_OF_INTEREST, "zone:park");
		JsonNode parkObservations = getJson(ROOT + "/FeaturesOfInterest(" + feature + ")/Observations?$count=true"
				+ "&$filter=" + q("Datastream/ObservedProperty/name eq 'CO2'"));
		assertThat(parkObservations.path("@iot.count").asLong()).isEqualTo(3);
		// conjuncts about the Datastream are decided once per Datastream, the rest per
		// point
		JsonNode airOne = getJson(
				ROOT + "/Observations?$count=true&$filter=" + q("Datastream/Thing/name eq 'Park air 1'"
						+ " and Datastream/ObservedProperty/name eq 'CO2' and hour(phenomenonTime) eq 17 and result gt 415"));
		assertThat(airOne.path("@iot.count").asLong()).isEqualTo(1);
		assertThat(airOne.path("value").get(0).path("result").asDouble()).isEqualTo(420.0);
	}

	@Test
	void rejectsBadFiltersWithTheProblemAndItsPosition() {
		HttpResponse<String> response = get(ROOT + "/Things?$filter=" + q("name eq 'x' and and"));
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = json(response);
		assertThat(problem.path("parameter").asString()).isEqualTo("$filter");
		assertThat(problem.path("position").asInt()).isEqualTo(17);
		assertThat(problem.path("detail").asString()).contains("position 17");
		assertThat(status("/Things?$filter=" + q("nosuch eq 1"))).isEqualTo(400);
		assertThat(status("/Things?$filter=" + q("name eq 'unterminated"))).isEqualTo(400);
		assertThat(status("/Things?$filter=" + q("foo(name)"))).isEqualTo(400);
		assertThat(status("/Things?$filter=" + q("name gt 3"))).isEqualTo(400);
		assertThat(status("/Things?$filter=" + q("Datastreams/name eq 'x'"))).isEqualTo(400);
		assertThat(status("/Things?$filter=" + q("name eq 'x' and properties/nosuch/deeper eq 1"))).isEqualTo(200);
		assertThat(status("/Things?$filter=" + q("name eq 'x' and Nosuch/name eq 1"))).isEqualTo(400);
		assertThat(status("/Things?$orderby=" + q("nosuch"))).isEqualTo(400);
		assertThat(status("/Things?$filter=" + q("geo.intersects(name, geography'POINT(1)')"))).isEqualTo(400);
		assertThat(status("/Things?$filter=" + q("(".repeat(200)))).isEqualTo(400);
		assertThat(status("/Things?$orderby=" + q("name sideways"))).isEqualTo(400);
		assertThat(status("/Things?$top=-1")).isEqualTo(400);
		assertThat(status("/Things?$skip=x")).isEqualTo(400);
		assertThat(status("/Things?$count=maybe")).isEqualTo(400);
		assertThat(status("/Things?$expand=" + q("Nothing"))).isEqualTo(400);
		assertThat(status("/Things?$expand=" + q("Datastreams($top=1"))).isEqualTo(400);
		assertThat(status("/Things?$select=nothing")).isEqualTo(400);
		assertThat(status("/Things?$unknown=1")).isEqualTo(400);
		assertThat(status("/Things?$resultFormat=dataArray")).isEqualTo(400);
		assertThat(status("/Observations?$skiptoken=123")).isEqualTo(400);
		assertThat(status("/Things?$skiptoken=abc")).isEqualTo(400);
		String occupancy = path(occupancyDatastream().path("@iot.selfLink").asString());
		assertThat(status(occupancy.substring(ROOT.length()) + "/Observations?$orderby=result")).isEqualTo(400);
	}

	@Test
	void answersUnknownPathsAndEntitiesWith404() {
		assertThat(status("/Cars")).isEqualTo(404);
		assertThat(status("/Things(1)")).isEqualTo(404);
		assertThat(status("/Things('a')")).isEqualTo(404);
		assertThat(status("/Observations(42)")).isEqualTo(404);
		long thing = StaIds.of(EntityType.THING, TestData.BAY_A);
		assertThat(status("/Things(" + thing + ")/Wheels")).isEqualTo(404);
		assertThat(status("/Things(" + thing + ")/name/size")).isEqualTo(404);
		assertThat(status("/Things(" + thing + ")/Datastreams(1)")).isEqualTo(404);
		assertThat(status("/Things/Datastreams")).isEqualTo(404);
		assertThat(status("//")).isEqualTo(404);
		HttpResponse<String> response = get(ROOT + "/Cars");
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(json(response).path("detail").asString()).contains("'Cars' is not an entity set");
	}

	@Test
	void answersBrowsersOfTheConfiguredOriginsAndEmptyPages() {
		HttpResponse<String> response = get(ROOT + "/Things", "Origin", "https://city.example");
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://city.example");
		JsonNode empty = getJson(ROOT + "/Things?$top=0&$count=true");
		assertThat(empty.path("value").size()).isZero();
		assertThat(empty.path("@iot.count").asLong()).isEqualTo(TestData.CATALOG_SIZE);
		assertThat(empty.has("@iot.nextLink")).isFalse();
		long thing = StaIds.of(EntityType.THING, TestData.BAY_A);
		assertThat(get(ROOT + "/Things(" + thing + ")/properties/$value").body())
			.contains("\"sensorId\":\"" + TestData.BAY_A + "\"");
	}

	private JsonNode occupancyDatastream() {
		long thing = StaIds.of(EntityType.THING, TestData.BAY_A);
		JsonNode list = getJson(ROOT + "/Things(" + thing + ")/Datastreams?$filter="
				+ q("ObservedProperty/definition eq 'https://nordpark.example/def/observed-property/occupied'"));
		assertThat(list.path("value").size()).isEqualTo(1);
		return list.path("value").get(0);
	}

	private String datastream(String sensorId, String property) {
		JsonNode list = getJson(ROOT + "/Datastreams?$filter="
				+ q("Thing/properties/sensorId eq '" + sensorId + "' and ObservedProperty/name eq '" + property + "'"));
		assertThat(list.path("value").size()).isEqualTo(1);
		return path(list.path("value").get(0).path("@iot.selfLink").asString());
	}

	private List<String> names(String pathAndQuery) {
		List<String> names = new ArrayList<>();
		getJson(ROOT + pathAndQuery).path("value").forEach((v) -> names.add(v.path("name").asString()));
		return names;
	}

	private List<Double> results(String pathAndQuery) {
		List<Double> results = new ArrayList<>();
		getJson(pathAndQuery).path("value").forEach((v) -> results.add(v.path("result").asDouble()));
		return results;
	}

	private int status(String pathAndQuery) {
		return get(ROOT + pathAndQuery).statusCode();
	}

	private String path(String link) {
		return link.substring(("http://127.0.0.1:" + this.port).length());
	}

	private static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
