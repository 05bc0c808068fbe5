package org.nordpark.api.sta;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nordpark.api.sta.filter.Expr;
import org.nordpark.api.sta.filter.FilterEvaluator;
import org.nordpark.api.sta.filter.FilterException;
import org.nordpark.api.sta.filter.FilterParser;
import org.nordpark.api.system.problem.ProblemType;

import org.springframework.stereotype.Component;

/**
 * Pages Observations. Time and result comparisons and {@code Datastream/@iot.id} go into
 * the InfluxQL statement ({@link Pushdown}); paging is LIMIT/OFFSET. Several Datastreams
 * are ordered by Datastream id, then by time. A residual filter is applied to points read
 * in chunks, at most {@code nordpark.sta.max-scan} of them per request.
 */
@Component
class ObservationQuery {

	private static final int CHUNK = 5000;

	private static final Set<String> ORDER_KEYS = Set.of("phenomenonTime", "resultTime", "@iot.id", "id");

	private final ObservationReader reader;

	private final StaProperties properties;

	ObservationQuery(ObservationReader reader, StaProperties properties) {
		this.reader = reader;
		this.properties = properties;
	}

	Page page(List<DatastreamSource> datastreams, QueryOptions options, long top, StaModel model, String prefix) {
		Pushdown pushdown = Pushdown.of(options.filter());
		List<DatastreamSource> sources = new ArrayList<>(datastreams);
		if (pushdown.datastreamIds() != null) {
			sources.removeIf((d) -> !pushdown.datastreamIds().contains(d.id()));
		}
		if (pushdown.related() != null) {
			sources.removeIf((d) -> !relatedMatches(pushdown.related(), d, model, prefix));
		}
		sources.sort(Comparator.comparingLong(DatastreamSource::id));
		boolean descending = descending(options.orderBy(), prefix);
		if (options.skipToken() != null && (pushdown.residual() != null || sources.size() != 1)) {
			throw StaException.badOption(prefix + "$skiptoken",
					prefix + "$skiptoken applies only to the Observations of one Datastream it was issued for");
		}
		if (pushdown.residual() != null) {
			return scan(sources, pushdown, options, top, descending, model, prefix);
		}
		if (sources.size() == 1) {
			return keyset(sources.get(0), pushdown, options, top, descending);
		}
		List<Long> counts = this.reader.count(sources, pushdown);
		long total = counts.stream().mapToLong(Long::longValue).sum();
		List<ObservationReader.Slice> slices = new ArrayList<>();
		long skip = options.skip();
		long wanted = top + 1;
		for (int i = 0; i < sources.size() && wanted > 0; i++) {
			long n = counts.get(i);
			if (skip >= n) {
				skip -= n;
				continue;
			}
			long take = Math.min(wanted, n - skip);
			slices.add(new ObservationReader.Slice(sources.get(i), skip, take));
			wanted -= take;
			skip = 0;
		}
		List<ObservationReader.Point> points = new ArrayList<>();
		this.reader.read(slices, pushdown, descending).forEach(points::addAll);
		return page(points, options.count() ? total : null, top, options.skip());
	}

	/**
	 * One Datastream's page. The next page does not use {@code OFFSET} (which InfluxDB
	 * answers by reading every skipped point) but continues after the last point's time,
	 * carried in {@code $skiptoken}. Times come back in milliseconds: the next page
	 * starts at the next millisecond (ascending) or before this one (descending), which
	 * loses nothing as long as one series has at most one point per millisecond.
	 */
	private Page keyset(DatastreamSource source, Pushdown pushdown, QueryOptions options, long top,
			boolean descending) {
		Pushdown effective = pushdown;
		long offset = options.skip();
		if (options.skipToken() != null) {
			Instant after = Instant.ofEpochMilli(options.skipToken());
			effective = pushdown.with(descending ? new Pushdown.Condition(true, "<", after)
					: new Pushdown.Condition(true, ">=", after.plusMillis(1)));
			offset = 0;
		}
		List<ObservationReader.Point> points = this.reader
			.read(List.of(new ObservationReader.Slice(source, offset, top + 1)), effective, descending)
			.get(0);
		Long count = options.count() ? this.reader.count(List.of(source), pushdown).get(0) : null;
		Page page = page(points, count, top, options.skip());
		if (!page.more() || page.entities().isEmpty()) {
			return page;
		}
		Instant last = points.get((int) top - 1).time();
		return new Page(page.entities(), count, top, options.skip(), true, last.toEpochMilli());
	}

	/**
	 * The Observations of several Datastreams in one request, for
	 * {@code $expand=Observations(...)} on a page of Datastreams; null when the options
	 * need more than one statement per Datastream.
	 */
	Map<Long, Page> pageEach(List<DatastreamSource> datastreams, QueryOptions options, long top, String prefix) {
		Pushdown pushdown = Pushdown.of(options.filter());
		if (pushdown.residual() != null || pushdown.datastreamIds() != null || pushdown.related() != null
				|| options.count()) {
			return null;
		}
		boolean descending = descending(options.orderBy(), prefix);
		if (top == 1 && options.skip() == 0) {
			// the latest (or first) Observation of each: one statement per field, not per
			// Datastream
			Map<Long, ObservationReader.Point> points = this.reader.selectEach(datastreams, pushdown, descending);
			Map<Long, Page> pages = new LinkedHashMap<>();
			for (DatastreamSource ds : datastreams) {
				ObservationReader.Point point = points.get(ds.id());
				List<StaEntity> entities = (point != null) ? List.of(StaEntities.observation(point)) : List.of();
				boolean more = point != null && ds.first() != null && ds.last() != null
						&& (descending ? ds.first().isBefore(point.time()) : ds.last().isAfter(point.time()));
				pages.put(ds.id(), new Page(entities, null, top, 0, more));
			}
			return pages;
		}
		List<ObservationReader.Slice> slices = datastreams.stream()
			.map((d) -> new ObservationReader.Slice(d, options.skip(), top + 1))
			.toList();
		List<List<ObservationReader.Point>> read = this.reader.read(slices, pushdown, descending);
		Map<Long, Page> pages = new LinkedHashMap<>();
		for (int i = 0; i < datastreams.size(); i++) {
			pages.put(datastreams.get(i).id(), page(read.get(i), null, top, options.skip()));
		}
		return pages;
	}

	/**
	 * Whether the Observations of a Datastream pass the conjuncts about their Datastream
	 * and feature.
	 */
	private static boolean relatedMatches(Expr related, DatastreamSource source, StaModel model, String prefix) {
		StaEntity observation = new StaEntity(EntityType.OBSERVATION, 0, Map.of(),
				Map.of("Datastream", List.of(source.id()), "FeatureOfInterest", List.of(source.featureId())));
		try {
			return FilterEvaluator.matches(related, new EntityResolver(model, observation));
		}
		catch (FilterException ex) {
			throw new StaException(ProblemType.INVALID_PARAMETER, prefix + "$filter: " + ex.getMessage(),
					prefix + "$filter", ex.position());
		}
	}

	private Page scan(List<DatastreamSource> sources, Pushdown pushdown, QueryOptions options, long top,
			boolean descending, StaModel model, String prefix) {
		Expr residual = pushdown.residual();
		List<ObservationReader.Point> matched = new ArrayList<>();
		long matches = 0;
		long scanned = 0;
		long needed = options.count() ? Long.MAX_VALUE : options.skip() + top + 1;
		try {
			for (DatastreamSource source : sources) {
				for (long offset = 0; matches < needed; offset += CHUNK) {
					List<ObservationReader.Point> chunk = this.reader
						.read(List.of(new ObservationReader.Slice(source, offset, CHUNK)), pushdown, descending)
						.get(0);
					scanned += chunk.size();
					if (scanned > this.properties.maxScan()) {
						throw new StaException(ProblemType.INVALID_PARAMETER, prefix + "$filter: the part of the filter"
								+ " that InfluxDB cannot answer would need more than " + this.properties.maxScan()
								+ " points read (nordpark.sta.max-scan); restrict phenomenonTime or Datastream/@iot.id",
								prefix + "$filter", null);
					}
					for (ObservationReader.Point point : chunk) {
						if (FilterEvaluator.matches(residual,
								new EntityResolver(model, StaEntities.observation(point)))) {
							if (matches >= options.skip() && matches < options.skip() + top + 1) {
								matched.add(point);
							}
							matches++;
						}
					}
					if (chunk.size() < CHUNK) {
						break;
					}
				}
			}
		}
		catch (FilterException ex) {
			throw new StaException(ProblemType.INVALID_PARAMETER, prefix + "$filter: " + ex.getMessage(),
					prefix + "$filter", ex.position());
		}
		return page(matched, options.count() ? matches : null, top, options.skip());
	}

	private static Page page(List<ObservationReader.Point> points, Long count, long top, long skip) {
		List<StaEntity> entities = points.stream().limit(top).map(StaEntities::observation).toList();
		return new Page(entities, count, top, skip, points.size() > top);
	}

	private static boolean descending(List<FilterParser.Order> orders, String prefix) {
		Boolean descending = null;
		for (FilterParser.Order order : orders) {
			if (!(order.expression() instanceof Expr.Path path) || path.segments().size() != 1
					|| !ORDER_KEYS.contains(path.segments().get(0))) {
				throw new StaException(ProblemType.INVALID_PARAMETER, prefix
						+ "$orderby: Observations can be ordered by phenomenonTime, resultTime or @iot.id only (position "
						+ order.expression().position() + ")", prefix + "$orderby", order.expression().position());
			}
			if (descending == null) {
				descending = order.descending();
			}
		}
		return descending != null && descending;
	}

}
