package org.nordpark.simulator.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nordpark.model.site.GeoPoint;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.SiteSensor;
import org.nordpark.model.site.Way;
import org.nordpark.model.site.Zone;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a manifest in the site manifest format, e.g. a scaled site for the bridge and
 * the api of a load test.
 */
public final class ManifestWriter {

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private ManifestWriter() {
	}

	/** The manifest as YAML that {@link SiteManifest#read} reads back unchanged. */
	public static String toYaml(SiteManifest manifest) {
		Map<String, Object> root = new LinkedHashMap<>();
		Map<String, Object> site = new LinkedHashMap<>();
		site.put("name", manifest.site().name());
		site.put("centre", point(manifest.site().centre()));
		site.put("timeZone", manifest.site().timeZone());
		site.put("simulated", manifest.site().simulated());
		root.put("site", site);
		root.put("zones", manifest.zones().stream().map(ManifestWriter::zone).toList());
		root.put("ways", manifest.ways().stream().map(ManifestWriter::way).toList());
		root.put("sensors", manifest.sensors().stream().map(ManifestWriter::sensor).toList());
		return YAML.writeValueAsString(root);
	}

	private static Map<String, Object> zone(Zone zone) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", zone.id());
		map.put("name", zone.name());
		map.put("type", zone.type().name().toLowerCase(Locale.ROOT));
		if (zone.capacity() != null) {
			map.put("capacity", zone.capacity());
		}
		map.put("centre", point(zone.centre()));
		if (!zone.polygon().isEmpty()) {
			map.put("polygon", points(zone.polygon()));
		}
		return map;
	}

	private static Map<String, Object> way(Way way) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", way.id());
		map.put("name", way.name());
		map.put("type", way.type().name().toLowerCase(Locale.ROOT));
		map.put("line", points(way.line()));
		return map;
	}

	private static Map<String, Object> sensor(SiteSensor sensor) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("devEui", sensor.devEui());
		map.put("name", sensor.name());
		map.put("model", sensor.model());
		map.put("kind", sensor.kind().id());
		map.put("zone", sensor.zone());
		map.put("lat", sensor.lat());
		map.put("lon", sensor.lon());
		if (sensor.uplinkInterval() != null) {
			map.put("uplinkInterval", sensor.uplinkInterval().toString());
		}
		if (!sensor.settings().isEmpty()) {
			map.put("settings", new java.util.TreeMap<>(sensor.settings()));
		}
		return map;
	}

	private static List<Map<String, Object>> points(List<GeoPoint> points) {
		return points.stream().map(ManifestWriter::point).toList();
	}

	private static Map<String, Object> point(GeoPoint point) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("lat", point.lat());
		map.put("lon", point.lon());
		return map;
	}

}
