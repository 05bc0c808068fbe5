package org.nordpark.model.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.Dims;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A site manifest: zones, ways and sensors of one site (design §3). Load it with
 * {@link #load(Path)}; the loader checks references (every sensor's zone exists, DevEUIs
 * are unique) and fails with a message naming the problem.
 *
 * @param site name, centre and time zone of the site
 * @param zones areas such as car parks
 * @param ways roads and footpaths for the site plan
 * @param sensors the sensors
 */
public record SiteManifest(Site site, List<Zone> zones, List<Way> ways, List<SiteSensor> sensors) {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.propertyNamingStrategy(PropertyNamingStrategies.LOWER_CAMEL_CASE)
		.build();

	public SiteManifest {
		zones = (zones == null) ? List.of() : List.copyOf(zones);
		ways = (ways == null) ? List.of() : List.copyOf(ways);
		sensors = (sensors == null) ? List.of() : List.copyOf(sensors);
		Set<String> zoneIds = new HashSet<>();
		for (Zone zone : zones) {
			if (!zoneIds.add(zone.id())) {
				throw new IllegalArgumentException("zone " + zone.id() + " is defined twice");
			}
		}
		Set<String> devEuis = new HashSet<>();
		for (SiteSensor sensor : sensors) {
			if (!devEuis.add(sensor.devEui())) {
				throw new IllegalArgumentException("DevEUI " + sensor.devEui() + " is used twice");
			}
			if (!zoneIds.contains(sensor.zone())) {
				throw new IllegalArgumentException(
						"sensor " + sensor.name() + " refers to zone " + sensor.zone() + ", which is not defined");
			}
		}
	}

	/** Reads and checks a manifest file. */
	public static SiteManifest load(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.toString());
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot read site manifest " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** Reads and checks a manifest; {@code source} names it in error messages. */
	public static SiteManifest read(InputStream in, String source) {
		try {
			return YAML.readValue(in, SiteManifest.class);
		}
		catch (JacksonException ex) {
			Throwable cause = ex.getCause();
			String reason = (cause instanceof IllegalArgumentException) ? cause.getMessage() : ex.getOriginalMessage();
			throw new IllegalArgumentException("invalid site manifest " + source + ": " + reason, ex);
		}
	}

	/** A zone by id. */
	public Optional<Zone> zone(String id) {
		return this.zones.stream().filter((zone) -> zone.id().equals(id)).findFirst();
	}

	/** A sensor by DevEUI (16 lower-case hex characters). */
	public Optional<SiteSensor> sensor(String devEui) {
		return this.sensors.stream().filter((sensor) -> sensor.devEui().equals(devEui)).findFirst();
	}

	static void requireLabel(@Nullable String value, String what) {
		if (value == null || !Dims.LABEL.matcher(value).matches()) {
			throw new IllegalArgumentException(what + " '" + value + "' is not a valid label");
		}
	}

	/**
	 * The site itself.
	 *
	 * @param name human name
	 * @param centre centre of the site plan
	 * @param timeZone IANA time zone, e.g. {@code Europe/Berlin}
	 * @param simulated whether the site is simulated (shown in the UI)
	 */
	public record Site(String name, GeoPoint centre, String timeZone, boolean simulated) {

	}

}
