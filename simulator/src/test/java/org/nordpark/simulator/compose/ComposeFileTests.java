package org.nordpark.simulator.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Guards {@code docker-compose.yml}, which cannot run here (no Docker engine): pinned
 * image tags, healthchecks and health-gated start order, secrets only from {@code .env},
 * the ChirpStack profile with QoS 1, the locked-down broker and database (no anonymous
 * MQTT, the shipped ACL, a password file made from {@code .env}, one MQTT and one
 * InfluxDB user per service, the api and Grafana read-only); and, where Debian's
 * {@code docker-compose} is installed, its own validation of the file and of the TLS
 * override. The scripts the init services run are the ones {@code scripts/demo.sh} runs,
 * proven against real mosquitto and influxd by {@code DemoSmokeIT}.
 */
class ComposeFileTests {

	private static final Path ROOT = Path.of("..");

	private static final Path COMPOSE = ROOT.resolve("docker-compose.yml");

	private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|api_?key).*");

	private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[?-][^}]*)?}");

	private static final Map<String, String> MQTT_USERS = Map.of("gateway-bridge", "nordpark-bridge", "ingest",
			"nordpark-ingest", "api", "nordpark-api", "simulator", "nordpark-simulator");

	private static final Set<String> ONE_SHOT = Set.of("mosquitto-init", "influxdb-init");

	private final JsonNode compose = new YAMLMapper().readTree(COMPOSE.toFile());

	@Test
	void everyImageHasAPinnedVersionTag() {
		services().forEach((name, service) -> {
			String image = service.path("image").asString("");
			assertThat(image).as("image of %s", name).matches("[a-z0-9./_-]+:[A-Za-z0-9._-]*[0-9][A-Za-z0-9._-]*");
			assertThat(image).as("image of %s", name).doesNotEndWith(":latest");
		});
	}

	@Test
	void everyServiceHasAHealthcheckAndWaitsForHealthyDependencies() {
		Map<String, JsonNode> services = services();
		services.forEach((name, service) -> {
			if (ONE_SHOT.contains(name)) {
				assertThat(service.path("restart").asString()).as("restart of one-shot %s", name).isEqualTo("no");
				assertThat(service.path("ports").isMissingNode()).as("ports of one-shot %s", name).isTrue();
			}
			else {
				assertThat(service.path("healthcheck").path("test").isArray()).as("healthcheck of %s", name).isTrue();
			}
			JsonNode dependsOn = service.path("depends_on");
			assertThat(dependsOn.isArray()).as("depends_on of %s must name conditions", name).isFalse();
			for (String dependency : dependsOn.propertyNames()) {
				assertThat(services).as("%s depends on %s", name, dependency).containsKey(dependency);
				assertThat(dependsOn.path(dependency).path("condition").asString())
					.as("%s waits for %s", name, dependency)
					.isEqualTo(ONE_SHOT.contains(dependency) ? "service_completed_successfully" : "service_healthy");
			}
		});
		assertThat(services.get("simulator").path("depends_on").propertyNames()).contains("gateway-bridge", "ingest");
	}

	@Test
	void secretsComeOnlyFromTheEnvironmentFileAndItsExampleDefinesThemAll() throws IOException {
		Set<String> required = new TreeSet<>();
		services().forEach((name, service) -> {
			JsonNode environment = service.path("environment");
			for (String key : environment.propertyNames()) {
				String value = environment.path(key).asString();
				if (SECRET_NAME.matcher(key).matches()) {
					assertThat(value).as("%s of %s must come from .env", key, name).matches(REFERENCE);
				}
			}
		});
		Matcher references = REFERENCE.matcher(Files.readString(COMPOSE));
		while (references.find()) {
			if (references.group(2) != null && references.group(2).startsWith(":?")) {
				required.add(references.group(1));
			}
		}
		String example = Files.readString(ROOT.resolve(".env.example"));
		assertThat(required).isNotEmpty().allSatisfy((variable) -> assertThat(example).contains(variable + "="));
		assertThat(Files.readString(ROOT.resolve(".gitignore"))).contains(".env");
	}

	@Test
	void theChirpStackProfileAddsTheNetworkServerWithQos1OnTheSameBroker() throws IOException {
		Map<String, JsonNode> services = services();
		for (String name : List.of("chirpstack", "postgres", "redis")) {
			assertThat(services.get(name).path("profiles").get(0).asString()).as("profile of %s", name)
				.isEqualTo("chirpstack");
		}
		assertThat(services.get("chirpstack").path("environment").path("MQTT_BROKER_HOST").asString())
			.isEqualTo("mosquitto");
		String toml = Files.readString(ROOT.resolve("config/docker/chirpstack/chirpstack.toml"));
		assertThat(toml).contains("enabled=[\"mqtt\"]").contains("qos=1").contains("json=true");
	}

	@Test
	void theBrokerRefusesAnonymousClientsAndUsesTheShippedAclAndAPasswordFileMadeFromTheEnvironment()
			throws IOException {
		String config = Files.readString(ROOT.resolve("config/docker/mosquitto.conf"));
		assertThat(config).containsPattern("(?m)^allow_anonymous false$")
			.doesNotContainPattern("(?m)^allow_anonymous true")
			.containsPattern("(?m)^password_file /mosquitto/auth/passwd$")
			.containsPattern("(?m)^acl_file /mosquitto/config/acl$");
		assertThat(Files.readString(ROOT.resolve("config/docker/mosquitto-tls.conf")))
			.containsPattern("(?m)^allow_anonymous false$")
			.doesNotContainPattern("(?m)^allow_anonymous true")
			.containsPattern("(?m)^listener 8883");
		JsonNode broker = services().get("mosquitto");
		assertThat(strings(broker.path("volumes"))).contains(
				"./config/docker/mosquitto.conf:/mosquitto/config/mosquitto.conf:ro",
				"./config/mosquitto/acl:/mosquitto/config/acl:ro", "mosquitto-auth:/mosquitto/auth:ro");
		assertThat(broker.path("depends_on").path("mosquitto-init").path("condition").asString())
			.isEqualTo("service_completed_successfully");
		// healthy only when the broker answers an anonymous client with "not authorised"
		assertThat(strings(broker.path("healthcheck").path("test")))
			.anySatisfy((test) -> assertThat(test).contains("mosquitto_sub").contains("-eq 5"));
		JsonNode init = services().get("mosquitto-init");
		assertThat(init.path("image").asString()).isEqualTo(broker.path("image").asString());
		assertThat(strings(init.path("volumes")))
			.contains("./scripts/mosquitto-users.sh:/nordpark/mosquitto-users.sh:ro", "mosquitto-auth:/mosquitto/auth");
		assertThat(Files.readString(ROOT.resolve("config/docker/mosquitto-init.sh")))
			.contains("mosquitto-users.sh /mosquitto/auth/passwd");
	}

	@Test
	void everyServiceLogsInToTheBrokerAsItsOwnUserWithItsSecretFromTheEnvironment() throws IOException {
		Map<String, JsonNode> services = services();
		String acl = Files.readString(ROOT.resolve("config/mosquitto/acl"));
		String users = Files.readString(ROOT.resolve("scripts/mosquitto-users.sh"));
		JsonNode init = services.get("mosquitto-init").path("environment");
		Set<String> passwords = new TreeSet<>();
		MQTT_USERS.forEach((service, user) -> {
			JsonNode environment = services.get(service).path("environment");
			assertThat(environment.path("NORDPARK_MQTT_USERNAME").asString()).as("MQTT user of %s", service)
				.isEqualTo(user);
			String password = variable(environment.path("NORDPARK_MQTT_PASSWORD").asString());
			assertThat(password).as("MQTT password of %s", service).startsWith("NORDPARK_MQTT_PASSWORD_");
			passwords.add(password);
			// the password file gets this user with this very variable
			assertThat(variable(init.path(password).asString())).isEqualTo(password);
			assertThat(users).contains(user + ":" + password);
			assertThat(acl).containsPattern("(?m)^user " + Pattern.quote(user) + "$");
		});
		assertThat(passwords).as("one secret per service").hasSize(MQTT_USERS.size());
		JsonNode chirpstack = services.get("chirpstack").path("environment");
		assertThat(chirpstack.path("MQTT_USERNAME").asString()).isEqualTo("chirpstack");
		String chirpstackPassword = variable(chirpstack.path("MQTT_PASSWORD").asString());
		assertThat(variable(init.path(chirpstackPassword).asString())).isEqualTo(chirpstackPassword);
		assertThat(users).contains("chirpstack:" + chirpstackPassword);
		assertThat(Files.readString(ROOT.resolve("config/docker/chirpstack/chirpstack.toml")))
			.contains("username=\"$MQTT_USERNAME\"")
			.contains("password=\"$MQTT_PASSWORD\"");
		assertThat(Files.readString(ROOT.resolve("config/docker/chirpstack/region_eu868.toml")))
			.contains("username=\"$MQTT_USERNAME\"")
			.contains("password=\"$MQTT_PASSWORD\"");
	}

	@Test
	void influxDbHasAuthenticationOnAndEachServiceItsOwnUserTheApiAndGrafanaReadOnly() throws IOException {
		Map<String, JsonNode> services = services();
		assertThat(services.get("influxdb").path("environment").path("INFLUXDB_HTTP_AUTH_ENABLED").asString())
			.isEqualTo("true");
		JsonNode init = services.get("influxdb-init");
		assertThat(init.path("image").asString()).isEqualTo(services.get("influxdb").path("image").asString());
		assertThat(strings(init.path("entrypoint"))).contains("/nordpark/influx-users.sh");
		assertThat(strings(init.path("volumes"))).contains("./scripts/influx-users.sh:/nordpark/influx-users.sh:ro");
		JsonNode users = init.path("environment");
		String script = Files.readString(ROOT.resolve("scripts/influx-users.sh"));
		assertThat(script).contains("service_user INGEST ALL", "service_user API READ", "service_user GRAFANA READ");

		JsonNode api = services.get("api").path("environment");
		assertThat(api.path("NORDPARK_INFLUX_USERNAME").asString())
			.isEqualTo(users.path("NORDPARK_INFLUX_API_USER").asString());
		assertThat(api.path("NORDPARK_INFLUX_PASSWORD").asString())
			.isEqualTo(users.path("NORDPARK_INFLUX_API_PASSWORD").asString());
		JsonNode ingest = services.get("ingest").path("environment");
		assertThat(ingest.path("NORDPARK_INFLUX_USERNAME").asString())
			.isEqualTo(users.path("NORDPARK_INFLUX_INGEST_USER").asString());
		assertThat(ingest.path("NORDPARK_INFLUX_PASSWORD").asString())
			.isEqualTo(users.path("NORDPARK_INFLUX_INGEST_PASSWORD").asString());
		JsonNode grafana = services.get("grafana").path("environment");
		assertThat(grafana.path("NORDPARK_INFLUX_READ_USER").asString())
			.isEqualTo(users.path("NORDPARK_INFLUX_GRAFANA_USER").asString());
		assertThat(grafana.path("NORDPARK_INFLUX_READ_PASSWORD").asString())
			.isEqualTo(users.path("NORDPARK_INFLUX_GRAFANA_PASSWORD").asString());
		Set<String> names = new TreeSet<>(List.of(api.path("NORDPARK_INFLUX_USERNAME").asString(),
				ingest.path("NORDPARK_INFLUX_USERNAME").asString(),
				grafana.path("NORDPARK_INFLUX_READ_USER").asString()));
		assertThat(names).as("one InfluxDB user per service").hasSize(3);
		// the admin's password reaches the database and its init service only
		services.forEach((name, service) -> {
			if (!name.equals("influxdb") && !name.equals("influxdb-init")) {
				assertThat(service.path("environment").toString()).as("environment of %s", name)
					.doesNotContain("NORDPARK_INFLUX_ADMIN_PASSWORD");
			}
		});
	}

	@Test
	void grafanaGetsTheProvisionedDashboardsReadOnly() {
		List<String> volumes = new ArrayList<>();
		services().get("grafana").path("volumes").forEach((volume) -> volumes.add(volume.asString()));
		assertThat(volumes).contains("./dashboards/provisioning:/etc/grafana/provisioning:ro",
				"./dashboards/json:/var/lib/grafana/dashboards:ro");
	}

	@Test
	void dockerComposeAcceptsTheFile() throws Exception {
		Path binary = Path.of("/usr/bin/docker-compose");
		assumeThat(binary).as("Debian package docker-compose (scripts/test.sh installs it)").exists();
		Process process = new ProcessBuilder(binary.toString(), "--env-file", ".env.example", "--profile", "chirpstack",
				"config", "-q")
			.directory(ROOT.toFile())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.exitValue()).as(output).isZero();
	}

	@Test
	void dockerComposeAcceptsTheTlsOverride() throws Exception {
		Path binary = Path.of("/usr/bin/docker-compose");
		assumeThat(binary).as("Debian package docker-compose (scripts/test.sh installs it)").exists();
		Process process = new ProcessBuilder(binary.toString(), "--env-file", ".env.example", "-f",
				"docker-compose.yml", "-f", "docker-compose.tls.yml", "--profile", "chirpstack", "config")
			.directory(ROOT.toFile())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("NORDPARK_MQTT_BROKERURI: ssl://mosquitto:8883")
			.contains("mosquitto-tls.conf:/mosquitto/config/mosquitto.conf");
	}

	private static String variable(String reference) {
		Matcher matcher = REFERENCE.matcher(reference);
		assertThat(matcher.matches()).as("%s is a ${VARIABLE} reference", reference).isTrue();
		return matcher.group(1);
	}

	private static List<String> strings(JsonNode node) {
		List<String> values = new ArrayList<>();
		if (node.isArray()) {
			node.forEach((value) -> values.add(value.asString()));
		}
		else if (!node.isMissingNode()) {
			values.add(node.asString());
		}
		return values;
	}

	private Map<String, JsonNode> services() {
		Map<String, JsonNode> services = new java.util.LinkedHashMap<>();
		JsonNode node = this.compose.path("services");
		for (String name : node.propertyNames()) {
			services.put(name, node.path(name));
		}
		assertThat(services).isNotEmpty();
		return services;
	}

}
