package org.nordpark.api.sta;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import de.fraunhofer.iosb.ilt.sta.model.Datastream;
import de.fraunhofer.iosb.ilt.sta.model.Observation;
import de.fraunhofer.iosb.ilt.sta.model.Thing;
import de.fraunhofer.iosb.ilt.sta.model.ext.EntityList;
import de.fraunhofer.iosb.ilt.sta.service.MqttConfig;
import de.fraunhofer.iosb.ilt.sta.service.MqttSubscription;
import de.fraunhofer.iosb.ilt.sta.service.SensorThingsService;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Reading;
import org.nordpark.model.SensorKind;
import org.nordpark.model.Topics;
import org.nordpark.testsupport.InfluxExtension;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reads a site through FROST's own Java client (FROST-Client 0.44): a traffic counter
 * with one uplink a minute for seven days (10,080 Observations in one Datastream, paged
 * with {@code $top=1000}), compared value by value with
 * {@code /api/v1/sensors/{id}/series}; and the MQTT receiving extension through FROST's
 * MQTT subscription, as the read-only {@code sta-reader} of the broker ACL in
 * {@code config/mosquitto/acl}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(InfluxExtension.class)
class StaFrostClientIT {

	static final String COUNTER = "70b3d5e75e00c001";

	static final String AIR = "70b3d5e75e00c002";

	static final Instant START = Instant.parse("2025-03-01T00:00:00Z");

	static final int MINUTES = 7 * 24 * 60;

	static final Map<String, String> PASSWORDS = Map.of("nordpark-api", "api-secret-1", "nordpark-bridge",
			"bridge-secret-2", "sta-reader", "reader-secret-3");

	static MosquittoServer broker;

	static String database;

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		MosquittoServer.Builder builder = MosquittoServer.builder()
			.acl(Files.readString(Path.of("../config/mosquitto/acl")));
		PASSWORDS.forEach(builder::user);
		broker = builder.build();
		broker.start();
		InfluxServer influx = InfluxExtension.server();
		database = influx.newDatabase();
		influx.execute("CREATE RETENTION POLICY \"raw\" ON \"" + database + "\" DURATION 0s REPLICATION 1 DEFAULT");
		influx.execute("CREATE RETENTION POLICY \"hourly\" ON \"" + database + "\" DURATION 0s REPLICATION 1");
		seed(influx);
		try (MqttRecorder bridge = MqttRecorder.connect(broker.uri(), "nordpark-bridge",
				PASSWORDS.get("nordpark-bridge"), null)) {
			Instant updated = Instant.parse("2025-02-28T12:00:00Z");
			for (CatalogEntry entry : List.of(
					new CatalogEntry(COUNTER, "Ring counter", "parametric-tcr", SensorKind.TRAFFIC, "ring", 51.18, 6.39,
							Map.of(), CatalogEntry.Source.MANIFEST, updated),
					new CatalogEntry(AIR, "Ring air", "elsys-ers", SensorKind.ENVIRONMENT, "ring", 51.181, 6.391,
							Map.of(), CatalogEntry.Source.MANIFEST, updated))) {
				bridge.publish(Topics.sensor(entry.sensorId()), ModelJson.write(entry), true);
			}
		}
		registry.add("nordpark.influx.url", influx::url);
		registry.add("nordpark.influx.database", () -> database);
		registry.add("nordpark.mqtt.broker-uri", broker::uri);
		registry.add("nordpark.mqtt.username", () -> "nordpark-api");
		registry.add("nordpark.mqtt.password", () -> PASSWORDS.get("nordpark-api"));
		registry.add("nordpark.api.site-manifest", () -> "target/no-site-manifest.yaml");
		registry.add("nordpark.api.cache-ttl", () -> "0s");
		registry.add("nordpark.api.query.hourly-after", () -> "30d");
		registry.add("nordpark.sta.model-ttl", () -> "0s");
		registry.add("nordpark.sta.mqtt-endpoint", broker::uri);
	}

	/**
	 * Counter: car inbound every minute for 7 days, car outbound every 10 minutes; CO2
	 * every 10 minutes.
	 */
	private static void seed(InfluxServer influx) {
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < MINUTES; i++) {
			long nanos = START.plus(i, ChronoUnit.MINUTES).getEpochSecond() * 1_000_000_000L;
			lines.append("traffic,sensor_id=" + COUNTER + ",zone=ring,class=car,direction=inbound count=")
				.append(carsIn(i))
				.append("i ")
				.append(nanos)
				.append('\n');
			if (i % 10 == 0) {
				lines.append("traffic,sensor_id=" + COUNTER + ",zone=ring,class=car,direction=outbound count=")
					.append(i % 5)
					.append("i ")
					.append(nanos)
					.append('\n');
				lines.append("environment,sensor_id=" + AIR + ",zone=ring co2_ppm=")
					.append(400 + (i / 10) % 50)
					.append(".5 ")
					.append(nanos)
					.append('\n');
			}
			if (lines.length() > 500_000) {
				influx.write(database, lines.toString());
				lines.setLength(0);
			}
		}
		influx.write(database, lines.toString());
	}

	/**
	 * The Datastreams come from the catalog, which the api receives from the broker
	 * (retained) after it started: wait for it, so no test sees an empty service.
	 */
	@BeforeEach
	void awaitCatalog() {
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> getJson("/sta/v1.1/Datastreams").path("value").size() == 3);
	}

	static long carsIn(int minute) {
		return (minute * 7L) % 13;
	}

	@AfterAll
	static void stopBroker() {
		if (broker != null) {
			broker.close();
		}
	}

	private SensorThingsService service() throws Exception {
		return new SensorThingsService(new URL("http://127.0.0.1:" + this.port + "/sta/v1.1/"));
	}

	@Test
	void listsThingsAndFollowsTheirDatastreams() throws Exception {
		EntityList<Thing> things = service().things().query().orderBy("name").list();
		assertThat(things.toList()).extracting(Thing::getName).containsExactly("Ring air", "Ring counter");
		Thing counter = things.toList().get(1);
		EntityList<Datastream> datastreams = counter.datastreams().query().orderBy("name").list();
		assertThat(datastreams.toList()).extracting(Datastream::getName)
			.containsExactly("Ring counter Count car inbound", "Ring counter Count car outbound");
		Datastream inbound = datastreams.toList().get(0);
		assertThat(inbound.getUnitOfMeasurement().getSymbol()).isEqualTo("{count}");
		assertThat(inbound.getObservedProperty().getName()).isEqualTo("Count");
		assertThat(inbound.getThing().getName()).isEqualTo("Ring counter");
	}

	@Test
	void pagesSevenDaysOfObservationsThatMatchTheSeriesEndpoint() throws Exception {
		Datastream inbound = datastream("Ring counter Count car inbound");
		EntityList<Observation> first = inbound.observations()
			.query()
			.filter("phenomenonTime ge 2025-03-01T00:00:00Z and phenomenonTime lt 2025-03-08T00:00:00Z")
			.orderBy("phenomenonTime asc")
			.top(1000)
			.count()
			.list();
		assertThat(first.size()).isEqualTo(1000);
		assertThat(first.getCount()).isEqualTo(MINUTES);
		List<Observation> all = new ArrayList<>();
		Iterator<Observation> iterator = first.fullIterator();
		iterator.forEachRemaining(all::add);
		assertThat(all).hasSize(MINUTES);
		for (int i = 0; i < all.size(); i++) {
			Instant time = all.get(i).getPhenomenonTime().getAsDateTime().toInstant();
			assertThat(time).isEqualTo(START.plus(i, ChronoUnit.MINUTES));
			assertThat(number(all.get(i).getResult())).isEqualTo(carsIn(i));
		}
		// the hourly sums of the series endpoint
		JsonNode hourly = getJson("/api/v1/sensors/" + COUNTER
				+ "/series?field=count&agg=sum&every=1h&from=2025-03-01T00:00:00Z&to=2025-03-08T00:00:00Z");
		assertThat(hourly.path("source").asString()).isEqualTo("raw");
		Map<Instant, Long> expected = new TreeMap<>();
		for (JsonNode series : hourly.path("series")) {
			if (series.path("tags").path("direction").asString().equals("inbound")) {
				series.path("points")
					.forEach((p) -> expected.put(Instant.parse(p.path("time").asString()), p.path("value").asLong()));
			}
		}
		Map<Instant, Long> fromSta = new TreeMap<>();
		for (Observation o : all) {
			fromSta.merge(o.getPhenomenonTime().getAsDateTime().toInstant().truncatedTo(ChronoUnit.HOURS),
					number(o.getResult()), Long::sum);
		}
		assertThat(fromSta).hasSize(7 * 24).isEqualTo(expected);
		// and every single value of the first day
		JsonNode minutes = getJson("/api/v1/sensors/" + COUNTER
				+ "/series?field=count&agg=sum&every=1m&from=2025-03-01T00:00:00Z&to=2025-03-02T00:00:00Z");
		List<Long> perMinute = new ArrayList<>();
		for (JsonNode series : minutes.path("series")) {
			if (series.path("tags").path("direction").asString().equals("inbound")) {
				series.path("points").forEach((p) -> perMinute.add(p.path("value").asLong()));
			}
		}
		assertThat(perMinute).hasSize(24 * 60)
			.isEqualTo(all.subList(0, 24 * 60).stream().map((o) -> number(o.getResult())).toList());
	}

	@Test
	void pagesNewestFirstWithinATimeWindow() throws Exception {
		Datastream inbound = datastream("Ring counter Count car inbound");
		EntityList<Observation> page = inbound.observations()
			.query()
			.filter("phenomenonTime gt 2025-03-07T23:00:00Z")
			.orderBy("phenomenonTime desc")
			.top(10)
			.list();
		assertThat(page.toList()).hasSize(10);
		assertThat(page.toList().get(0).getPhenomenonTime().getAsDateTime().toInstant())
			.isEqualTo(START.plus(MINUTES - 1, ChronoUnit.MINUTES));
		List<Observation> all = new ArrayList<>();
		page.fullIterator().forEachRemaining(all::add);
		assertThat(all).hasSize(59);
	}

	@Test
	void expandsTheLatestObservationOfEveryDatastream() throws Exception {
		EntityList<Datastream> datastreams = service().datastreams()
			.query()
			.orderBy("name")
			.expand("Observations($orderby=phenomenonTime desc;$top=1),ObservedProperty")
			.list();
		assertThat(datastreams.toList()).extracting(Datastream::getName)
			.containsExactly("Ring air CO2", "Ring counter Count car inbound", "Ring counter Count car outbound");
		Datastream co2 = datastreams.toList().get(0);
		assertThat(co2.getObservedProperty().getName()).isEqualTo("CO2");
		Observation latest = co2.getObservations().toList().get(0);
		assertThat(latest.getPhenomenonTime().getAsDateTime().toInstant())
			.isEqualTo(START.plus(MINUTES - 10, ChronoUnit.MINUTES));
		assertThat(new BigDecimal(latest.getResult().toString()).doubleValue())
			.isEqualTo(400 + ((MINUTES - 10) / 10) % 50 + 0.5);
	}

	@Test
	void publishesNewObservationsToReadOnlyStaSubscribers() throws Exception {
		JsonNode root = getJson("/sta/v1.1");
		assertThat(root.path("serverSettings").path("conformance").toString())
			.contains("receive-updates-via-mqtt/receive-updates");
		Datastream inbound = datastream("Ring counter Count car inbound");
		String topic = "v1.1/Datastreams(" + inbound.getId().getValue() + ")/Observations";
		MqttConfig config = new MqttConfig(broker.uri(), "frost-client-test");
		MqttConnectOptions options = new MqttConnectOptions();
		options.setUserName("sta-reader");
		options.setPassword(PASSWORDS.get("sta-reader").toCharArray());
		config.setOptions(options);
		SensorThingsService service = new SensorThingsService(new URL("http://127.0.0.1:" + this.port + "/sta/v1.1/"),
				config);
		BlockingQueue<Observation> received = new LinkedBlockingQueue<>();
		MqttSubscription subscription = service.subscribe(topic, received::add, Observation.class, (o) -> true);
		try (MqttRecorder reader = MqttRecorder.connect(broker.uri(), "sta-reader", PASSWORDS.get("sta-reader"),
				null)) {
			// sta-reader is read-only: the broker drops what it publishes
			reader.publish(topic, "{\"result\":-1}".getBytes(StandardCharsets.UTF_8));
		}
		Instant time = Instant.parse("2025-03-08T00:00:30Z");
		Reading reading = new Reading("sta-it-1", COUNTER, "Ring counter", "parametric-tcr", SensorKind.TRAFFIC, "ring",
				time, List.of(new org.nordpark.model.Observation(Map.of("class", "car", "direction", "inbound"),
						Map.of("count", 42.0))),
				null);
		// the api's publisher may still be connecting: send the reading until an
		// Observation arrives
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
			try (MqttRecorder bridge = MqttRecorder.connect(broker.uri(), "nordpark-bridge",
					PASSWORDS.get("nordpark-bridge"), null)) {
				bridge.publish(Topics.READING_BATCHES, ModelJson.write(reading));
			}
			return !received.isEmpty();
		});
		Observation first = received.poll();
		assertThat(number(first.getResult())).isEqualTo(42);
		assertThat(first.getPhenomenonTime().getAsDateTime().toInstant()).isEqualTo(time);
		assertThat(first.getId().getValue()).isEqualTo(StaIds.observation((Long) inbound.getId().getValue(), time));
		service.unsubscribe(subscription);
	}

	private Datastream datastream(String name) throws Exception {
		EntityList<Datastream> list = service().datastreams().query().filter("name eq '" + name + "'").list();
		assertThat(list.toList()).hasSize(1);
		return list.toList().get(0);
	}

	private static long number(Object result) {
		return new BigDecimal(result.toString()).longValueExact();
	}

	private JsonNode getJson(String path) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
