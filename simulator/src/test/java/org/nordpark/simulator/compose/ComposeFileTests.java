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
 * the ChirpStack profile with QoS 1; and, where Debian's {@code docker-compose} is
 * installed, its own validation.
 */
class ComposeFileTests {

	private static final Path ROOT = Path.of("..");

	private static final Path COMPOSE = ROOT.resolve("docker-compose.yml");

	private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|api_?key).*");

	private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:?[?-][^}]*)?}");

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
			assertThat(service.path("healthcheck").path("test").isArray()).as("healthcheck of %s", name).isTrue();
			JsonNode dependsOn = service.path("depends_on");
			assertThat(dependsOn.isArray()).as("depends_on of %s must name conditions", name).isFalse();
			for (String dependency : dependsOn.propertyNames()) {
				assertThat(services).as("%s depends on %s", name, dependency).containsKey(dependency);
				assertThat(dependsOn.path(dependency).path("condition").asString())
					.as("%s waits for %s", name, dependency)
					.isEqualTo("service_healthy");
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
