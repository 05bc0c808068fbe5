package org.nordpark.model.site;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.CatalogSettings;
import org.nordpark.model.DevEui;
import org.nordpark.model.SensorKind;
import org.nordpark.model.SensorModel;

/**
 * One sensor of the site.
 *
 * @param devEui the device EUI (normalised to 16 lower-case hex characters)
 * @param name human name
 * @param model model id, e.g. {@code bosch-tps110}
 * @param kind what it measures; defaults to the model's kind
 * @param zone id of the zone it belongs to
 * @param lat latitude
 * @param lon longitude
 * @param uplinkInterval expected time between uplinks
 * @param settings per-model settings, see {@link CatalogSettings}
 */
public record SiteSensor(String devEui, String name, String model, @Nullable SensorKind kind, String zone, double lat,
		double lon, @Nullable Duration uplinkInterval, Map<String, String> settings) {

	public SiteSensor {
		devEui = DevEui.of(devEui).value();
		SiteManifest.requireLabel(zone, "zone of sensor " + devEui);
		if (kind == null) {
			kind = SensorModel.fromId(model)
				.map(SensorModel::defaultKind)
				.orElseThrow(() -> new IllegalArgumentException(
						"sensor " + name + " has model '" + model + "', which has no default kind: set its kind"));
		}
		new GeoPoint(lat, lon);
		settings = (settings == null) ? Map.of() : Map.copyOf(settings);
	}

	/** The sensor as a catalog entry from the manifest. */
	public CatalogEntry toCatalogEntry(Instant updatedAt) {
		Map<String, String> all = new TreeMap<>(this.settings);
		if (this.uplinkInterval != null) {
			all.put(CatalogSettings.UPLINK_INTERVAL_S, Long.toString(this.uplinkInterval.toSeconds()));
		}
		return new CatalogEntry(this.devEui, this.name, this.model, this.kind, this.zone, this.lat, this.lon, all,
				CatalogEntry.Source.MANIFEST, updatedAt);
	}

}
