package org.nordpark.api.site;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.nordpark.api.catalog.Catalog;
import org.nordpark.api.catalog.SiteManifestSource;
import org.nordpark.api.system.formats.ApiMediaTypes;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.site.GeoPoint;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.SiteSensor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The site plan. */
@RestController
@Tag(name = "site", description = "The site plan: zones, ways and sensor positions")
class SiteController {

	private final SiteManifestSource site;

	private final Catalog catalog;

	SiteController(SiteManifestSource site, Catalog catalog) {
		this.site = site;
		this.catalog = catalog;
	}

	@GetMapping(path = "/api/v1/site", produces = ApiMediaTypes.JSON)
	@Operation(summary = "The site plan",
			description = "Site name, centre, time zone and the `simulated` flag; zones with outline, centre and "
					+ "capacity; roads and footpaths; every sensor with its position. Zones, ways and the site come "
					+ "from the site manifest (`nordpark.api.site-manifest`); without one, `site` is absent and only "
					+ "the catalog's sensors are listed. Sensors: the catalog, completed by manifest sensors not "
					+ "(yet) in the catalog.")
	SitePlan plan() {
		SiteManifest manifest = this.site.manifest().orElse(null);
		Map<String, SitePlan.PlanSensor> sensors = new LinkedHashMap<>();
		for (CatalogEntry entry : this.catalog.entries()) {
			sensors.put(entry.sensorId(), sensor(entry));
		}
		if (manifest == null) {
			return new SitePlan(null, List.of(), List.of(), List.copyOf(sensors.values()));
		}
		for (SiteSensor sensor : manifest.sensors()) {
			sensors.putIfAbsent(sensor.devEui(), sensor(sensor.toCatalogEntry(Instant.EPOCH)));
		}
		SiteManifest.Site s = manifest.site();
		SitePlan.Site site = new SitePlan.Site(s.name(), position(s.centre()), s.timeZone(), s.simulated());
		List<SitePlan.PlanZone> zones = manifest.zones()
			.stream()
			.map((z) -> new SitePlan.PlanZone(z.id(), z.name(), z.type().name().toLowerCase(Locale.ROOT), z.capacity(),
					position(z.centre()), z.polygon().stream().map(SiteController::position).toList()))
			.toList();
		List<SitePlan.PlanWay> ways = manifest.ways()
			.stream()
			.map((w) -> new SitePlan.PlanWay(w.id(), w.name(), w.type().name().toLowerCase(Locale.ROOT),
					w.line().stream().map(SiteController::position).toList()))
			.toList();
		return new SitePlan(site, zones, ways, List.copyOf(sensors.values()));
	}

	private static SitePlan.PlanSensor sensor(CatalogEntry entry) {
		SitePlan.Position position = (entry.lat() != null && entry.lon() != null)
				? new SitePlan.Position(entry.lat(), entry.lon()) : null;
		return new SitePlan.PlanSensor(entry.sensorId(), entry.name(), entry.model(), entry.kind().id(), entry.zone(),
				position);
	}

	private static SitePlan.Position position(GeoPoint point) {
		return new SitePlan.Position(point.lat(), point.lon());
	}

}
