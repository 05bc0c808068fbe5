package org.nordpark.api.sensor;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.system.caching.JsonRenderer;
import org.nordpark.api.system.caching.RenderedJson;
import org.nordpark.api.system.formats.ApiMediaTypes;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.SensorKind;

import org.springframework.http.MediaType;

/**
 * The sensor list at one moment: the catalog merged with the statuses read from the
 * database, and its answers serialised once each. The whole list (JSON and GeoJSON) is
 * serialised when the snapshot is made; a filtered list when it is first asked for, and
 * kept only if its zone exists, so the number kept is bounded by the catalog's kinds and
 * zones whatever clients ask.
 */
final class SensorSnapshot {

	private static final MediaType GEO_JSON = MediaType.parseMediaType(ApiMediaTypes.GEO_JSON);

	private final SensorStatuses statuses;

	private final List<SensorView> sensors;

	private final Set<String> zones;

	private final JsonRenderer renderer;

	private final Map<Variant, RenderedJson> rendered = new ConcurrentHashMap<>();

	SensorSnapshot(List<CatalogEntry> entries, SensorStatuses statuses, JsonRenderer renderer) {
		this.statuses = statuses;
		this.sensors = entries.stream().map((entry) -> SensorView.from(entry, statuses.statusOf(entry))).toList();
		this.zones = entries.stream()
			.map(CatalogEntry::zone)
			.filter((zone) -> zone != null)
			.collect(Collectors.toUnmodifiableSet());
		this.renderer = renderer;
		render(new Variant(null, null, false));
		render(new Variant(null, null, true));
	}

	SensorStatuses statuses() {
		return this.statuses;
	}

	/** The sensors, optionally of one kind and zone, ordered by id. */
	List<SensorView> sensors(@Nullable SensorKind kind, @Nullable String zone) {
		return this.sensors.stream()
			.filter((sensor) -> kind == null || kind.id().equals(sensor.kind()))
			.filter((sensor) -> zone == null || zone.equals(sensor.zone()))
			.toList();
	}

	/**
	 * The list as JSON ({@link SensorList}) or GeoJSON ({@link SensorFeatureCollection}).
	 */
	RenderedJson rendered(@Nullable SensorKind kind, @Nullable String zone, boolean geoJson) {
		Variant variant = new Variant(kind, zone, geoJson);
		if (zone != null && !this.zones.contains(zone)) {
			return variant.render(this);
		}
		return render(variant);
	}

	private RenderedJson render(Variant variant) {
		return this.rendered.computeIfAbsent(variant, (key) -> key.render(this));
	}

	private record Variant(@Nullable SensorKind kind, @Nullable String zone, boolean geoJson) {

		RenderedJson render(SensorSnapshot snapshot) {
			List<SensorView> list = snapshot.sensors(this.kind, this.zone);
			return this.geoJson ? snapshot.renderer.render(SensorFeatureCollection.of(list), GEO_JSON)
					: snapshot.renderer.render(new SensorList(list.size(), list), MediaType.APPLICATION_JSON);
		}

	}

}
