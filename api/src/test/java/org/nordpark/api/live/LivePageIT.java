package org.nordpark.api.live;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.LinkQuality;
import org.nordpark.model.ModelJson;
import org.nordpark.model.Observation;
import org.nordpark.model.Reading;
import org.nordpark.model.Dims;
import org.nordpark.model.Topics;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.testsupport.InfluxExtension;
import org.nordpark.testsupport.InfluxServer;
import org.nordpark.testsupport.MosquittoServer;
import org.nordpark.testsupport.MqttRecorder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The live page in headless Chromium against the api with real Mosquitto and InfluxDB:
 * the plan shows every sensor, MQTT readings reach marker and panel within seconds, the
 * stream reconnects after the network drops, the language switch works, the sensor detail
 * explains a sensor; screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(InfluxExtension.class)
@DirtiesContext
class LivePageIT {

	/**
	 * How long a reading may take from MQTT to the page (generous: guards against hangs
	 * only).
	 */
	private static final Duration LIVE = Duration.ofSeconds(10);

	private static final Instant START = Instant.now();

	/**
	 * A broker of its own: no retained catalog entries of other tests, free to publish.
	 */
	private static MosquittoServer broker;

	private static String database;

	private static Browser browser;

	/** The simulator's clock as the demo's simulator serves it. */
	private static SimulatorClock simulator;

	/** The desktop size of the excursion screenshots. */
	private static final Dimension LAPTOP = new Dimension(1280, 800);

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		setUpData();
		registry.add("nordpark.mqtt.broker-uri", () -> broker.uri());
		registry.add("nordpark.influx.url", () -> InfluxExtension.server().url());
		registry.add("nordpark.influx.database", () -> database);
		registry.add("nordpark.api.site-manifest", LiveTestData.MANIFEST::toString);
		registry.add("nordpark.api.cache-ttl", () -> "0s");
		registry.add("nordpark.live.scenario-url", () -> simulator.url());
	}

	private static synchronized void setUpData() {
		if (broker != null) {
			return;
		}
		broker = MosquittoServer.startAnonymous();
		simulator = SimulatorClock.start(OffsetDateTime.parse("2026-12-05T17:42:00+01:00"), "second-half", 24);
		InfluxServer influx = InfluxExtension.server();
		database = influx.newDatabase();
		influx.execute("CREATE RETENTION POLICY \"" + InfluxSchema.RP_RAW + "\" ON \"" + database
				+ "\" DURATION 0s REPLICATION 1 DEFAULT");
		influx.execute("CREATE RETENTION POLICY \"" + InfluxSchema.RP_HOURLY + "\" ON \"" + database
				+ "\" DURATION 0s REPLICATION 1");
		LiveTestData.writePoints(influx, database, START);
		LiveTestData.publishCatalog(broker.uri(), START);
	}

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (broker != null) {
			broker.close();
		}
		if (simulator != null) {
			simulator.close();
		}
	}

	@BeforeEach
	void catalogKnown() {
		int sensors = LiveTestData.manifest().sensors().size();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> get("/api/v1/sensors").body().split("\"sensorId\"", -1).length - 1 >= sensors);
		browser.size(Browser.PHONE);
	}

	@Test
	void showsEverySensorOfTheSiteOnThePlanWithItsStateFromTheApi() {
		openPage(url("/live?lang=de"));

		Set<String> expected = LiveTestData.manifest()
			.sensors()
			.stream()
			.map(SiteSensor::devEui)
			.collect(Collectors.toSet());
		Set<String> drawn = browser.driver()
			.findElements(By.cssSelector(".plan-svg [data-sensor]"))
			.stream()
			.map((marker) -> marker.getAttribute("data-sensor"))
			.collect(Collectors.toSet());
		assertThat(drawn).isEqualTo(expected);
		for (String id : expected) {
			WebElement marker = marker(id);
			assertThat(marker.getAttribute("role")).isEqualTo("button");
			assertThat(marker.getAttribute("aria-label")).startsWith(LiveTestData.sensor(id).name() + ":");
		}
		assertThat(browser.find("#simulated").isDisplayed()).isTrue();
		assertThat(browser.find("#simulated").getText()).contains("Simulierter Standort");
		awaitState(LiveTestData.BAY_P1_1, "occupied");
		awaitState(LiveTestData.BAY_P1_2, "free");
		awaitText("#panel-parking [data-zone='P2'] .free", "1");
		awaitText("#panel-air [data-sensor='" + LiveTestData.AIR + "'] [data-field='pm2_5_ugm3'] .chip-value",
				"8,5 µg/m³");
		awaitText("#panel-traffic [data-group='vehicles'] .flow-total", "12");
		awaitText("#panel-traffic [data-group='pedestrians'] .flow-total", "7");
		awaitText("#panel-traffic [data-group='pedestrians'] [data-direction='entering'] .dir-count", "4");
		assertThat(browser.find("#conn").getAttribute("data-state")).isEqualTo("live");
		assertThat(browser.find(".qr img").getAttribute("alt")).isNotBlank();

		browser.await(LIVE, "sparklines drawn",
				(driver) -> driver.findElements(By.cssSelector("#panels .spark")).size() >= 3);
		browser.screenshot("live-phone");
		browser.fullPageScreenshot("live-phone-full", Browser.PHONE);
		browser.size(Browser.DESKTOP);
		browser.screenshot("live-desktop");
		browser.fullPageScreenshot("live-desktop-full", Browser.DESKTOP);
		browser.size(Browser.PHONE);

		WebElement bay = marker(LiveTestData.BAY_P1_1);
		assertThat(bay.getAttribute("tabindex")).as("bays are dots in the overview").isEqualTo("-1");
		browser.find(".plan-svg .zone[data-zone='P1']").click();
		browser.await(LIVE, "zoomed into P1 until the bays are tappable",
				(driver) -> "0".equals(bay.getAttribute("tabindex")));
		browser.await(LIVE, "the zoomed-in bay takes the tap", (driver) -> {
			try {
				bay.click();
				return true;
			}
			catch (ElementClickInterceptedException ex) {
				// the zoom is still animating: the car park outline is on top for a
				// moment
				return false;
			}
		});
		browser.await(LIVE, "bay detail open",
				(driver) -> driver.findElement(By.id("detail")).getAttribute("open") != null);
		assertThat(browser.find("#detail-title").getText()).isEqualTo("P1 bay 01");
		assertThat(browser.find("#detail").getText()).contains("Bosch Parking Lot Sensor TPS110", "Belegt", "ja");
		browser.find(".detail-close").click();
		browser.screenshot("live-phone-zoomed");
	}

	@Test
	void aReadingPublishedToMqttChangesTheMarkerAndThePanelWithinSeconds() {
		openPage(url("/live?lang=de"));
		awaitState(LiveTestData.BAY_P2_1, "free");
		awaitText("#panel-parking [data-zone='P2'] .free", "1");
		awaitText("#panel-traffic [data-group='vehicles'] .flow-total", "12");

		publish(parking(LiveTestData.BAY_P2_1, 1));
		publish(traffic(LiveTestData.COUNTER, "car", "inbound", 4));

		awaitState(LiveTestData.BAY_P2_1, "occupied");
		awaitText("#panel-parking [data-zone='P2'] .free", "0");
		awaitText("#panel-traffic [data-group='vehicles'] .flow-total", "16");
		assertThat(marker(LiveTestData.BAY_P2_1).getAttribute("data-updated")).isNotBlank();
		assertThat(marker(LiveTestData.COUNTER).getAttribute("data-state")).isEqualTo("active");
	}

	/**
	 * Each page left for another stays in the browser's back/forward cache; with its live
	 * stream open it kept one of the 6 connections a browser allows per host, so the page
	 * opened after five others never became ready (its requests waited for a free
	 * connection). The page closes its stream when it is hidden and opens it again when
	 * it comes back.
	 */
	@Test
	void everyPageOfAVisitThatGoesOnAndBackBecomesReadyAndLive() {
		for (int visit = 1; visit <= 8; visit++) {
			openPage(url("/live/?lang=de&visit=" + visit));
			assertThat(browser.find("#conn").getAttribute("data-state")).isNotEqualTo("offline");
		}
		browser.driver().navigate().back();
		browser.await(LIVE, "the page before is back and live", (driver) -> driver.getCurrentUrl().endsWith("visit=7")
				&& "live".equals(driver.findElement(By.id("conn")).getAttribute("data-state")));
		publish(parking(LiveTestData.BAY_P1_2, 1));
		awaitState(LiveTestData.BAY_P1_2, "occupied");
		publish(parking(LiveTestData.BAY_P1_2, 0));
		awaitState(LiveTestData.BAY_P1_2, "free");
	}

	@Test
	void reconnectsAfterTheNetworkDropsAndCatchesUpWithWhatItMissed() throws IOException {
		String bay = "70b3d5e75e10a104";
		try (CuttableProxy proxy = new CuttableProxy(this.port)) {
			openPage("http://127.0.0.1:" + proxy.port() + "/live/?lang=de");
			awaitState(bay, "occupied");

			proxy.cut();
			browser.await(LIVE, "indicator shows the lost connection", (driver) -> Set.of("reconnecting", "offline")
				.contains(driver.findElement(By.id("conn")).getAttribute("data-state")));
			assertThat(browser.find("#conn").getAttribute("textContent")).contains("Verbinde neu …");
			assertThat(browser.find("#conn-lost").isDisplayed()).isTrue();
			assertThat(browser.find("#conn-lost").getText()).startsWith("Verbindung unterbrochen");
			browser.screenshot("live-phone-reconnecting");
			// while the phone is out of coverage the bay is freed; ingest stores it
			InfluxExtension.server()
				.write(database, LiveTestData.parkingReadingLines(bay, 0, Instant.now().minusSeconds(1)));

			proxy.restore();
			browser.await(Duration.ofSeconds(30), "indicator live again",
					(driver) -> "live".equals(driver.findElement(By.id("conn")).getAttribute("data-state")));
			awaitState(bay, "free");
			assertThat(browser.find("#conn-lost").isDisplayed()).isFalse();

			publish(parking(bay, 1));
			awaitState(bay, "occupied");
		}
	}

	@Test
	void showsTheSimulatedClockAndWholeCarParksInBothLanguagesAtPhoneAndLaptopSize() {
		showsTheSimulatedClockAndWholeCarParks();
	}

	private void showsTheSimulatedClockAndWholeCarParks() {
		for (Dimension size : List.of(Browser.PHONE, LAPTOP)) {
			browser.size(size);
			// ?lang=en survives the redirect from /live to /live/
			openPage(url("/live?lang=en"));
			assertThat(browser.driver().getCurrentUrl()).endsWith("/live/?lang=en");
			assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
			browser.await(LIVE, "simulated clock in English",
					(driver) -> text("#site-clock .clock-text").startsWith("Match day"));
			assertThat(text("#site-clock .clock-text")).matches("Match day, simulated \\d\\d:\\d\\d — second half");
			awaitRendered("#panel-parking [data-zone='P1'] .free", "200");
			assertThat(text("#panel-parking [data-zone='P1'] .of")).isEqualTo("of 400 free");
			assertThat(text("#panel-traffic-title")).isEqualTo("Traffic, last 15 real minutes (≈ 6 h simulated)");
			openPage(url("/live/?lang=de"));
			browser.await(LIVE, "simulated clock shown",
					(driver) -> text("#site-clock .clock-text").startsWith("Spieltag"));
			assertThat(text("#site-clock .clock-text")).matches("Spieltag, simuliert \\d\\d:\\d\\d – 2\\. Halbzeit");
			assertThat(text("#site-clock .clock-speed")).isEqualTo("(24-mal so schnell wie echt)");
			awaitRendered("#panel-parking [data-zone='P1'] .free", "200");
			assertThat(text("#panel-parking [data-zone='P1'] .of")).isEqualTo("von 400 frei");
			assertThat(text("#panel-parking [data-zone='P1'] .method"))
				// (another test frees a bay: 1 or 2 of 4; the whole car park's estimate
				// is anchored before)
				.matches("geschätzt aus den Zählern an der Einfahrt · Stellplätze mit Sensor: [12] von 4 frei");
			assertThat(text("#panel-traffic-title")).isEqualTo("Verkehr, letzte 15 Minuten Echtzeit (≈ 6 h simuliert)");
			assertThat(text("#panel-parking .panel-updated")).endsWith("(Echtzeit)");

			browser.await(LIVE, "sparklines drawn",
					(driver) -> driver.findElements(By.cssSelector("#panels .spark")).size() >= 3);
			browser.screenshot("excursion-" + size.getWidth() + "x" + size.getHeight());
		}
		browser.size(Browser.PHONE);
	}

	@Test
	void switchesBetweenGermanAndEnglishAndRemembersTheChoice() {
		openPage(url("/live/?lang=de"));
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("de");
		assertThat(browser.find("#plan-title").getText()).isEqualTo("Lageplan");
		assertThat(browser.find("#panel-parking h2").getText()).isEqualTo("Freie Parkplätze");

		browser.find("button[data-lang='en']").click();

		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		assertThat(browser.find("#plan-title").getText()).isEqualTo("Site plan");
		assertThat(browser.find("#panel-parking h2").getText()).isEqualTo("Free parking spaces");
		assertThat(browser.find("#simulated").getText()).contains("Simulated site");
		assertThat(browser.find("#conn").getText()).isEqualTo("Live");
		assertThat(marker(LiveTestData.BAY_P1_1).getAttribute("aria-label")).contains("Parking sensor");
		assertThat(browser.find("button[data-lang='en']").getAttribute("aria-pressed")).isEqualTo("true");

		openPage(url("/live/"));
		assertThat(browser.find("#plan-title").getText()).isEqualTo("Site plan");
		browser.screenshot("live-phone-english");

		browser.find("button[data-lang='de']").click();
		assertThat(browser.find("#plan-title").getText()).isEqualTo("Lageplan");
	}

	@Test
	void aSensorOpensWithTheKeyboardAndExplainsItselfInPlainWords() {
		openPage(url("/live/?lang=de"));
		WebElement marker = marker(LiveTestData.AIR);
		assertThat(marker.getAttribute("tabindex")).isEqualTo("0");

		browser.script("arguments[0].focus()", marker);
		marker.sendKeys(Keys.ENTER);

		WebElement dialog = browser.find("#detail");
		browser.await(LIVE, "detail open", (driver) -> dialog.getAttribute("open") != null);
		assertThat(dialog.findElement(By.id("detail-title")).getText()).isEqualTo("Park air");
		assertThat(dialog.getText()).contains("Decentlab DL-PM", "Feinstaub", "Funkverbindung", "-97 dBm");
		browser.await(LIVE, "latest values and history", (driver) -> dialog.getText().contains("8,5 µg/m³")
				&& !dialog.findElements(By.cssSelector(".spark-large")).isEmpty());
		browser.screenshot("live-phone-detail");

		dialog.sendKeys(Keys.ESCAPE);
		browser.await(LIVE, "detail closed", (driver) -> dialog.getAttribute("open") == null);
		assertThat(browser.script("return document.activeElement.dataset.sensor")).isEqualTo(LiveTestData.AIR);
	}

	@Test
	void servesThePageAndAQrCodeOfItsAddress() {
		HttpResponse<String> redirect = get("/live");
		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
				(location) -> assertThat(URI.create(url("/live")).resolve(location).getPath()).isEqualTo("/live/"));
		HttpResponse<String> english = get("/live?lang=en");
		assertThat(english.statusCode()).isEqualTo(302);
		assertThat(english.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(URI.create(url("/live")).resolve(location)).hasPath("/live/")
				.hasQuery("lang=en"));
		HttpResponse<String> page = get("/live/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"de\">", "js/main.js");
		assertThat(page.body()).doesNotContain("https://", "http://");
		HttpResponse<String> script = get("/live/js/main.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Cache-Control")).hasValue("no-cache");

		HttpResponse<String> qr = get("/live/qr.svg");

		assertThat(qr.statusCode()).isEqualTo(200);
		assertThat(qr.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		assertThat(QrSvg.decode(qr.body())).isEqualTo("http://127.0.0.1:" + this.port + "/live/");
	}

	private void openPage(String url) {
		browser.open(url);
		browser.await(Duration.ofSeconds(20), "page ready",
				(driver) -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-ready")));
	}

	/**
	 * The rendered text of an element, read in one script call: the panels re-render
	 * every second, so an element found first may be gone when its text is read.
	 */
	private static String text(String css) {
		Object text = browser
			.script("const e = document.querySelector(arguments[0]); return e ? e.innerText.trim() : ''", css);
		return (text != null) ? text.toString() : "";
	}

	private void awaitRendered(String css, String text) {
		browser.await(LIVE, css + " shows " + text, (driver) -> text.equals(text(css)));
	}

	private WebElement marker(String sensorId) {
		return browser.find(".plan-svg [data-sensor='" + sensorId + "']");
	}

	private void awaitState(String sensorId, String state) {
		browser.await(LIVE, "marker " + sensorId + " " + state,
				(driver) -> state.equals(marker(sensorId).getAttribute("data-state")));
	}

	private void awaitText(String css, String text) {
		browser.await(LIVE, css + " shows " + text,
				(driver) -> text.equals(driver.findElement(By.cssSelector(css)).getText()));
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private HttpResponse<String> get(String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10)).build(),
						HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Reading parking(String bay, int occupied) {
		return reading(bay, List.of(Observation.of(Map.of(InfluxSchema.OCCUPIED, (double) occupied))));
	}

	private static Reading traffic(String counter, String vehicleClass, String direction, int count) {
		return reading(counter, List.of(new Observation(Map.of(Dims.CLASS, vehicleClass, Dims.DIRECTION, direction),
				Map.of(InfluxSchema.COUNT, (double) count))));
	}

	private static Reading reading(String sensorId, List<Observation> observations) {
		SiteSensor sensor = LiveTestData.sensor(sensorId);
		return new Reading(Reading.SCHEMA, UUID.randomUUID().toString(), sensorId, sensor.name(), sensor.model(),
				sensor.kind(), sensor.zone(), Instant.now(), observations, new LinkQuality(-101, 4.5, 2, 9, 77L));
	}

	private static void publish(Reading reading) {
		try (MqttRecorder mqtt = MqttRecorder.connect(broker.uri())) {
			mqtt.publish(Topics.READING_BATCHES, ModelJson.write(reading));
		}
	}

}
