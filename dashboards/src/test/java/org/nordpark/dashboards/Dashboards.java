package org.nordpark.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard JSON files of this module ({@code json/*.json}) and the provisioning
 * folder, read as Grafana would read them.
 */
final class Dashboards {

	/** The datasource uid every InfluxDB query refers to. */
	static final String DATASOURCE_UID = "nordpark-influxdb";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private Dashboards() {
	}

	/** The module directory (Maven runs tests with the module as working directory). */
	static Path moduleDir() {
		Path here = Path.of("").toAbsolutePath();
		return Files.isDirectory(here.resolve("json")) ? here : here.resolve("dashboards");
	}

	static Path provisioningDir() {
		return moduleDir().resolve("provisioning");
	}

	/** Every dashboard, sorted by file name. */
	static List<Dashboard> all() {
		try (Stream<Path> files = Files.list(moduleDir().resolve("json"))) {
			return files.filter((file) -> file.toString().endsWith(".json")).sorted().map(Dashboards::read).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Dashboard read(Path file) {
		try {
			return new Dashboard(file, JSON.readTree(Files.readString(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A dashboard file. */
	record Dashboard(Path file, JsonNode json) {

		String uid() {
			return this.json.path("uid").asString("");
		}

		String title() {
			return this.json.path("title").asString("");
		}

		String slug() {
			String name = this.file.getFileName().toString();
			return name.substring(0, name.length() - ".json".length());
		}

		/** Panels, including those nested in rows. */
		List<Panel> panels() {
			List<Panel> panels = new ArrayList<>();
			for (JsonNode panel : this.json.path("panels")) {
				panels.add(new Panel(this, panel));
				for (JsonNode nested : panel.path("panels")) {
					panels.add(new Panel(this, nested));
				}
			}
			return panels;
		}

		List<JsonNode> variables() {
			List<JsonNode> variables = new ArrayList<>();
			this.json.path("templating").path("list").forEach(variables::add);
			return variables;
		}

		@Override
		public String toString() {
			return slug();
		}

	}

	/** A panel of a dashboard. */
	record Panel(Dashboard dashboard, JsonNode json) {

		int id() {
			return this.json.path("id").asInt(-1);
		}

		String title() {
			return this.json.path("title").asString("");
		}

		String type() {
			return this.json.path("type").asString("");
		}

		List<Target> targets() {
			List<Target> targets = new ArrayList<>();
			this.json.path("targets").forEach((target) -> targets.add(new Target(this, target)));
			return targets;
		}

		/**
		 * The panel's minimum interval ("Min interval"), or empty for the datasource's.
		 */
		String minInterval() {
			return this.json.path("interval").asString("");
		}

		/** The panel's relative time override, e.g. {@code 28d}, or empty. */
		String timeFrom() {
			return this.json.path("timeFrom").asString("");
		}

		@Override
		public String toString() {
			return this.dashboard.slug() + " #" + id() + " '" + title() + "'";
		}

	}

	/** One query of a panel. */
	record Target(Panel panel, JsonNode json) {

		String refId() {
			return this.json.path("refId").asString("");
		}

		String datasourceUid() {
			JsonNode own = this.json.path("datasource");
			return (own.isMissingNode() ? this.panel.json().path("datasource") : own).path("uid").asString("");
		}

		boolean isInfluxQl() {
			return DATASOURCE_UID.equals(datasourceUid());
		}

		String query() {
			return this.json.path("query").asString("");
		}

		@Override
		public String toString() {
			return this.panel + " query " + refId();
		}

	}

}
