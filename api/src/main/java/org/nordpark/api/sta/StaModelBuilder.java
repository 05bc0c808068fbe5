package org.nordpark.api.sta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.site.SiteManifest;
import org.nordpark.model.site.Zone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Derives the entities (docs/design.md, "SensorThings API"):
 * <ul>
 * <li>a Thing, a Location and a HistoricalLocation per catalog sensor (no Location for a
 * sensor without position);</li>
 * <li>a Sensor per sensor model, an ObservedProperty per normalized field;</li>
 * <li>a Datastream per sensor, field and dimensions that has raw points in InfluxDB;</li>
 * <li>a FeatureOfInterest per manifest zone (its outline, else its centre), or the
 * sensor's position when its zone is not in the manifest.</li>
 * </ul>
 */
final class StaModelBuilder {

	private static final Logger log = LoggerFactory.getLogger(StaModelBuilder.class);

	private final Map<EntityType, Map<Long, StaEntity>> entities = new EnumMap<>(EntityType.class);

	private final Map<EntityType, Map<Long, String>> keys = new EnumMap<>(EntityType.class);

	private final Map<String, Map<String, List<Long>>> links = new HashMap<>();

	private final Map<String, String> datasheets;

	StaModelBuilder(Map<String, String> datasheets) {
		this.datasheets = datasheets;
	}

	StaModel build(List<CatalogEntry> catalog, Optional<SiteManifest> manifest, List<SeriesFacts> series) {
		Map<String, CatalogEntry> sensors = new TreeMap<>();
		catalog.forEach((entry) -> sensors.put(entry.sensorId(), entry));
		Map<String, Long> things = new HashMap<>();
		Map<String, Map<String, Object>> thingProps = new HashMap<>();
		for (CatalogEntry entry : sensors.values()) {
			long thing = id(EntityType.THING, entry.sensorId());
			things.put(entry.sensorId(), thing);
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("name", entry.name());
			p.put("description", entry.kind().id() + " sensor " + entry.model()
					+ ((entry.zone() != null) ? " in zone " + entry.zone() : ""));
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("sensorId", entry.sensorId());
			props.put("kind", entry.kind().id());
			props.put("model", entry.model());
			if (entry.zone() != null) {
				props.put("zone", entry.zone());
			}
			props.put("source", entry.source().id());
			p.put("properties", props);
			thingProps.put(entry.sensorId(), p);
			if (entry.lat() != null && entry.lon() != null) {
				long location = id(EntityType.LOCATION, entry.sensorId());
				long historical = id(EntityType.HISTORICAL_LOCATION,
						entry.sensorId() + "@" + entry.lat() + "," + entry.lon());
				Map<String, Object> l = new LinkedHashMap<>();
				l.put("name", entry.name());
				l.put("description", "position of " + entry.name());
				l.put("encodingType", "application/geo+json");
				l.put("location", StaJson.point(entry.lat(), entry.lon()));
				put(EntityType.LOCATION, location, l);
				put(EntityType.HISTORICAL_LOCATION, historical, new LinkedHashMap<>(Map.of("time", entry.updatedAt())));
				link(EntityType.THING, thing, "Locations", location);
				link(EntityType.THING, thing, "HistoricalLocations", historical);
				link(EntityType.LOCATION, location, "Things", thing);
				link(EntityType.LOCATION, location, "HistoricalLocations", historical);
				link(EntityType.HISTORICAL_LOCATION, historical, "Thing", thing);
				link(EntityType.HISTORICAL_LOCATION, historical, "Locations", location);
			}
		}
		Map<Long, DatastreamSource> datastreams = new TreeMap<>();
		List<SeriesFacts> sorted = new ArrayList<>(series);
		sorted.sort(Comparator.comparing(
				(SeriesFacts s) -> DatastreamSource.key(s.sensorId(), s.measurement().name(), s.field(), s.dims())));
		for (SeriesFacts s : sorted) {
			CatalogEntry entry = sensors.get(s.sensorId());
			Optional<FieldVocabulary.Term> term = FieldVocabulary.of(s.field());
			if (entry == null || term.isEmpty()) {
				continue;
			}
			long thing = things.get(s.sensorId());
			long sensor = sensor(entry);
			long property = observedProperty(term.get());
			Feature feature = feature(entry, manifest);
			String key = DatastreamSource.key(s.sensorId(), s.measurement().name(), s.field(), s.dims());
			long id = id(EntityType.DATASTREAM, key);
			Map<String, Object> d = new LinkedHashMap<>();
			String dims = s.dims().isEmpty() ? "" : " " + String.join(" ", s.dims().values());
			d.put("name", entry.name() + " " + term.get().name() + dims);
			d.put("description", term.get().description() + dims + " observed by " + entry.name());
			d.put("unitOfMeasurement", term.get().unitOfMeasurement());
			d.put("observationType", term.get().observationType());
			d.put("observedArea", feature.geometry());
			d.put("phenomenonTime", new TimeInterval(s.first(), s.last()));
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("sensorId", s.sensorId());
			props.put("measurement", s.measurement().name());
			props.put("field", s.field());
			props.putAll(s.dims());
			d.put("properties", props);
			put(EntityType.DATASTREAM, id, d);
			link(EntityType.DATASTREAM, id, "Thing", thing);
			link(EntityType.DATASTREAM, id, "Sensor", sensor);
			link(EntityType.DATASTREAM, id, "ObservedProperty", property);
			link(EntityType.THING, thing, "Datastreams", id);
			link(EntityType.SENSOR, sensor, "Datastreams", id);
			link(EntityType.OBSERVED_PROPERTY, property, "Datastreams", id);
			datastreams.put(id, new DatastreamSource(id, s.sensorId(), s.measurement(), s.field(), s.dims(),
					feature.id(), s.first(), s.last()));
		}
		thingProps.forEach((sensorId, p) -> put(EntityType.THING, things.get(sensorId), p));
		return finish(datastreams);
	}

	private long sensor(CatalogEntry entry) {
		long id = id(EntityType.SENSOR, entry.model());
		if (!has(EntityType.SENSOR, id)) {
			Map<String, Object> s = new LinkedHashMap<>();
			s.put("name", entry.model());
			s.put("description", "sensor model " + entry.model());
			String datasheet = this.datasheets.get(entry.model());
			s.put("encodingType", (datasheet != null) ? "text/html" : "text/plain");
			s.put("metadata", (datasheet != null) ? datasheet
					: "sensor model " + entry.model() + " (" + entry.kind().id() + "), decoded by Nordpark");
			s.put("properties", Map.of("model", entry.model()));
			put(EntityType.SENSOR, id, s);
		}
		return id;
	}

	private long observedProperty(FieldVocabulary.Term term) {
		long id = id(EntityType.OBSERVED_PROPERTY, term.field());
		if (!has(EntityType.OBSERVED_PROPERTY, id)) {
			Map<String, Object> o = new LinkedHashMap<>();
			o.put("name", term.name());
			o.put("definition", term.definition());
			o.put("description", term.description());
			o.put("properties", Map.of("field", term.field()));
			put(EntityType.OBSERVED_PROPERTY, id, o);
		}
		return id;
	}

	private Feature feature(CatalogEntry entry, Optional<SiteManifest> manifest) {
		Optional<Zone> zone = (entry.zone() != null) ? manifest.flatMap((m) -> m.zone(entry.zone())) : Optional.empty();
		String key;
		String name;
		String description;
		@Nullable Map<String, Object> geometry;
		if (zone.isPresent()) {
			Zone z = zone.get();
			key = "zone:" + z.id();
			name = z.name();
			description = z.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + z.id();
			geometry = (z.polygon().size() >= 3) ? StaJson.polygon(z.polygon())
					: StaJson.point(z.centre().lat(), z.centre().lon());
		}
		else {
			key = "sensor:" + entry.sensorId();
			name = entry.name();
			description = "the place observed by " + entry.name();
			geometry = (entry.lat() != null && entry.lon() != null) ? StaJson.point(entry.lat(), entry.lon()) : null;
		}
		long id = id(EntityType.FEATURE_OF_INTEREST, key);
		if (!has(EntityType.FEATURE_OF_INTEREST, id)) {
			Map<String, Object> f = new LinkedHashMap<>();
			f.put("name", name);
			f.put("description", description);
			f.put("encodingType", "application/geo+json");
			if (geometry != null) {
				f.put("feature", geometry);
			}
			if (entry.zone() != null) {
				f.put("properties", Map.of("zone", entry.zone()));
			}
			put(EntityType.FEATURE_OF_INTEREST, id, f);
		}
		return new Feature(id, geometry);
	}

	/**
	 * The id of a key: its hash, or on a collision with another key the next free number
	 * (keys are visited in sorted order within a build, so this is stable while the set
	 * of colliding keys stays the same).
	 */
	private long id(EntityType type, String key) {
		Map<Long, String> used = this.keys.computeIfAbsent(type, (t) -> new HashMap<>());
		long id = StaIds.of(type, key);
		while (used.containsKey(id) && !used.get(id).equals(key)) {
			log.warn("SensorThings id collision, using the next free id [type: {}, key: {}, other: {}]", type, key,
					used.get(id));
			id = (id + 1) & 0x7fffffffL;
		}
		used.put(id, key);
		return id;
	}

	private boolean has(EntityType type, long id) {
		return this.entities.getOrDefault(type, Map.of()).containsKey(id);
	}

	private void put(EntityType type, long id, Map<String, Object> properties) {
		this.entities.computeIfAbsent(type, (t) -> new HashMap<>())
			.put(id, new StaEntity(type, id, properties, Map.of()));
	}

	private void link(EntityType type, long id, String navigation, long target) {
		List<Long> targets = this.links.computeIfAbsent(type.name() + ":" + id, (k) -> new HashMap<>())
			.computeIfAbsent(navigation, (k) -> new ArrayList<>());
		if (!targets.contains(target)) {
			targets.add(target);
		}
	}

	private StaModel finish(Map<Long, DatastreamSource> datastreams) {
		Map<EntityType, Map<Long, StaEntity>> out = new EnumMap<>(EntityType.class);
		for (EntityType type : EntityType.values()) {
			Map<Long, StaEntity> byId = new TreeMap<>();
			this.entities.getOrDefault(type, Map.of()).forEach((id, entity) -> {
				Map<String, List<Long>> l = new HashMap<>();
				this.links.getOrDefault(type.name() + ":" + id, Map.of())
					.forEach((nav, ids) -> l.put(nav, ids.stream().sorted().toList()));
				byId.put(id, new StaEntity(type, id, entity.properties(), Map.copyOf(l)));
			});
			out.put(type, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId)));
		}
		Map<String, Long> keys = new HashMap<>();
		datastreams.values()
			.forEach((d) -> keys.put(DatastreamSource.key(d.sensorId(), d.measurement().name(), d.field(), d.dims()),
					d.id()));
		return new StaModel(out, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(datastreams)),
				Map.copyOf(keys));
	}

	private record Feature(long id, @Nullable Map<String, Object> geometry) {

	}

}
