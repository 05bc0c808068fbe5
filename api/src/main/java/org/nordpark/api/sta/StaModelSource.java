package org.nordpark.api.sta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.catalog.Catalog;
import org.nordpark.api.catalog.SiteManifestSource;
import org.nordpark.api.influx.InfluxReader;
import org.nordpark.api.influx.InfluxSeries;
import org.nordpark.api.system.caching.RefreshingValue;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.site.SiteManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Serves the current {@link StaModel}: derived from the catalog, the manifest and one
 * InfluxDB request (first and last point of every field of every series in the raw
 * retention policy). The InfluxDB part is held for {@code nordpark.sta.model-ttl}; a
 * catalog or manifest change is seen by the next request.
 */
@Component
class StaModelSource {

	private static final Logger log = LoggerFactory.getLogger(StaModelSource.class);

	/** Tags that are part of a Datastream's identity besides the sensor. */
	private static final List<String> DIM_TAGS = List.of(InfluxSchema.TAG_CLASS, InfluxSchema.TAG_DIRECTION,
			InfluxSchema.TAG_WEIGHTING);

	private final Catalog catalog;

	private final SiteManifestSource manifest;

	private final InfluxReader influx;

	private final StaProperties properties;

	/**
	 * A full discovery every this many model refreshes; in between only recent points are
	 * read.
	 */
	private static final int FULL_EVERY = 10;

	private final RefreshingValue<Derived> derived;

	private volatile @Nullable Derived rebuilt;

	private volatile @Nullable Facts previous;

	StaModelSource(Catalog catalog, SiteManifestSource manifest, InfluxReader influx, StaProperties properties) {
		this.catalog = catalog;
		this.manifest = manifest;
		this.influx = influx;
		this.properties = properties;
		this.derived = new RefreshingValue<>(properties.modelTtl(), this::derive);
	}

	/**
	 * The entities. They are derived in the background after
	 * {@code nordpark.sta.model-ttl} (series facts from InfluxDB and the model built from
	 * them); a catalog or manifest change since then makes the next request build the
	 * model again from the same facts.
	 */
	StaModel model() {
		Derived derived = this.derived.get();
		List<CatalogEntry> entries = this.catalog.entries();
		int catalogHash = entries.hashCode();
		SiteManifest site = this.manifest.manifest().orElse(null);
		if (derived.catalogHash() == catalogHash && derived.site() == site) {
			return derived.model();
		}
		Derived rebuilt = this.rebuilt;
		if (rebuilt != null && rebuilt.facts() == derived.facts() && rebuilt.catalogHash() == catalogHash
				&& rebuilt.site() == site) {
			return rebuilt.model();
		}
		rebuilt = build(derived.facts(), entries, site);
		this.rebuilt = rebuilt;
		return rebuilt.model();
	}

	private Derived derive() {
		List<SeriesFacts> facts = seriesFacts();
		return build(facts, this.catalog.entries(), this.manifest.manifest().orElse(null));
	}

	private Derived build(List<SeriesFacts> facts, List<CatalogEntry> entries, @Nullable SiteManifest site) {
		long started = System.nanoTime();
		StaModel model = new StaModelBuilder(this.properties.datasheets()).build(entries, Optional.ofNullable(site),
				facts);
		log.debug("SensorThings entities derived [things: {}, datastreams: {}, buildMs: {}]", entries.size(),
				model.datastreams().size(), (System.nanoTime() - started) / 1_000_000);
		return new Derived(facts, entries.hashCode(), site, model);
	}

	/** The tags of a measurement that identify a Datastream, sensor id first. */
	static List<String> identityTags(Measurement measurement) {
		List<String> tags = new ArrayList<>();
		tags.add(InfluxSchema.TAG_SENSOR_ID);
		DIM_TAGS.stream().filter(measurement.tags()::contains).forEach(tags::add);
		return tags;
	}

	/**
	 * The first and last raw point of every field of every series. Every
	 * {@value #FULL_EVERY}th time (and the first) over all time; in between only points
	 * since the previous read (less one ttl), merged into what was known: cheap on long
	 * histories. A series that only got points older than that window (a backfill) is
	 * seen at the next full read.
	 */
	private List<SeriesFacts> seriesFacts() {
		long started = System.nanoTime();
		Instant now = Instant.now();
		Facts previous = this.previous;
		boolean full = previous == null || previous.reads() % FULL_EVERY == 0;
		List<SeriesFacts> facts;
		if (full) {
			facts = querySeriesFacts(null);
		}
		else {
			Map<String, SeriesFacts> merged = new java.util.LinkedHashMap<>();
			previous.facts().forEach((f) -> merged.put(key(f), f));
			for (SeriesFacts recent : querySeriesFacts(previous.readAt().minus(this.properties.modelTtl()))) {
				SeriesFacts known = merged.get(key(recent));
				merged.put(key(recent),
						(known == null) ? recent
								: new SeriesFacts(known.measurement(), known.field(), known.sensorId(), known.dims(),
										known.first(),
										recent.last().isAfter(known.last()) ? recent.last() : known.last()));
			}
			facts = List.copyOf(merged.values());
		}
		this.previous = new Facts(facts, now, (previous == null || full) ? 1 : previous.reads() + 1);
		log.debug("SensorThings series read from InfluxDB [series: {}, full: {}, ms: {}]", facts.size(), full,
				(System.nanoTime() - started) / 1_000_000);
		return facts;
	}

	private static String key(SeriesFacts facts) {
		return DatastreamSource.key(facts.sensorId(), facts.measurement().name(), facts.field(), facts.dims());
	}

	private List<SeriesFacts> querySeriesFacts(@Nullable Instant since) {
		List<String> statements = new ArrayList<>();
		List<Measurement> measurements = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		for (Measurement m : InfluxSchema.measurements()) {
			String groupBy = String.join(", ", identityTags(m).stream().map((t) -> "\"" + t + "\"").toList());
			for (String field : m.fields().keySet()) {
				String from = " FROM \"" + InfluxSchema.RP_RAW + "\".\"" + m.name() + "\""
						+ ((since != null) ? " WHERE time >= $since" : "") + " GROUP BY " + groupBy;
				statements.add("SELECT first(\"" + field + "\")" + from);
				statements.add("SELECT last(\"" + field + "\")" + from);
				measurements.add(m);
				fields.add(field);
			}
		}
		List<List<InfluxSeries>> results = this.influx.query(String.join("; ", statements),
				(since != null) ? Map.of("since", ObservationReader.nanos(since)) : Map.of());
		List<SeriesFacts> facts = new ArrayList<>();
		for (int i = 0; i < fields.size(); i++) {
			Measurement m = measurements.get(i);
			List<InfluxSeries> firsts = results.get(2 * i);
			List<InfluxSeries> lasts = results.get(2 * i + 1);
			Map<Map<String, String>, Instant> lastByTags = new java.util.HashMap<>();
			for (InfluxSeries s : lasts) {
				if (!s.rows().isEmpty()) {
					lastByTags.put(s.tags(), Instant.ofEpochMilli(InfluxSeries.time(s.rows().get(0)).toEpochMilli()));
				}
			}
			for (InfluxSeries s : firsts) {
				String sensorId = s.tags().get(InfluxSchema.TAG_SENSOR_ID);
				if (s.rows().isEmpty() || sensorId == null || sensorId.isEmpty()) {
					continue;
				}
				Instant first = InfluxSeries.time(s.rows().get(0));
				@Nullable Instant last = lastByTags.get(s.tags());
				Map<String, String> dims = new TreeMap<>();
				s.tags().forEach((tag, value) -> {
					if (!tag.equals(InfluxSchema.TAG_SENSOR_ID) && !value.isEmpty()) {
						dims.put(tag, value);
					}
				});
				facts.add(new SeriesFacts(m, fields.get(i), sensorId, dims, first, (last != null) ? last : first));
			}
		}
		return facts;
	}

	private record Derived(List<SeriesFacts> facts, int catalogHash, @Nullable SiteManifest site, StaModel model) {

	}

	private record Facts(List<SeriesFacts> facts, Instant readAt, int reads) {

	}

}
