package org.nordpark.api.sta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.catalog.Catalog;
import org.nordpark.api.catalog.SiteManifestSource;
import org.nordpark.api.influx.InfluxReader;
import org.nordpark.api.influx.InfluxSeries;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.api.system.RefreshingValue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Serves the current {@link StaModel}: derived from the catalog, the manifest and one
 * InfluxDB request (first and last point of every field of every series in the raw
 * retention policy), held for {@code nordpark.sta.model-ttl}.
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

	private final RefreshingValue<StaModel> model;

	StaModelSource(Catalog catalog, SiteManifestSource manifest, InfluxReader influx, StaProperties properties) {
		this.catalog = catalog;
		this.manifest = manifest;
		this.influx = influx;
		this.properties = properties;
		this.model = new RefreshingValue<>(properties.modelTtl(), this::derive);
	}

	StaModel model() {
		return this.model.get();
	}

	private StaModel derive() {
		return new StaModelBuilder(this.properties.datasheets()).build(this.catalog.entries(), this.manifest.manifest(),
				seriesFacts());
	}

	/** The tags of a measurement that identify a Datastream, sensor id first. */
	static List<String> identityTags(Measurement measurement) {
		List<String> tags = new ArrayList<>();
		tags.add(InfluxSchema.TAG_SENSOR_ID);
		DIM_TAGS.stream().filter(measurement.tags()::contains).forEach(tags::add);
		return tags;
	}

	private List<SeriesFacts> seriesFacts() {
		List<String> statements = new ArrayList<>();
		List<Measurement> measurements = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		for (Measurement m : InfluxSchema.measurements()) {
			String groupBy = String.join(", ", identityTags(m).stream().map((t) -> "\"" + t + "\"").toList());
			for (String field : m.fields().keySet()) {
				String from = " FROM \"" + InfluxSchema.RP_RAW + "\".\"" + m.name() + "\" GROUP BY " + groupBy;
				statements.add("SELECT first(\"" + field + "\")" + from);
				statements.add("SELECT last(\"" + field + "\")" + from);
				measurements.add(m);
				fields.add(field);
			}
		}
		List<List<InfluxSeries>> results = this.influx.query(String.join("; ", statements), Map.of());
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

}
