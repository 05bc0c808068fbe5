package org.nordpark.api.sta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Writes entities as SensorThings JSON: {@code @iot.id}, {@code @iot.selfLink}, the
 * selected properties, navigation links and expanded related entities (each expanded set
 * paged with its own options; the Observations of a page of Datastreams are read in one
 * InfluxDB request).
 */
@Component
class StaRenderer {

	private static final Set<String> LINKS = Set.of("id", "@iot.selfLink");

	private final CollectionQuery query;

	private final ObservationQuery observations;

	StaRenderer(CollectionQuery query, ObservationQuery observations) {
		this.query = query;
		this.observations = observations;
	}

	/** A collection page: {@code @iot.count}, {@code @iot.nextLink} and {@code value}. */
	Map<String, Object> collection(EntityType type, Page page, QueryOptions options, StaRequest request) {
		checkSelect(type, options, "");
		Map<String, Object> out = new LinkedHashMap<>();
		if (page.count() != null) {
			out.put("@iot.count", page.count());
		}
		if (page.more() && page.top() > 0) {
			out.put("@iot.nextLink", request.nextLink(page));
		}
		out.put("value", entities(type, page.entities(), options, request, ""));
		return out;
	}

	/** One entity. */
	Map<String, Object> entity(StaEntity entity, QueryOptions options, StaRequest request) {
		checkSelect(entity.type(), options, "");
		return entities(entity.type(), List.of(entity), options, request, "").get(0);
	}

	private List<Map<String, Object>> entities(EntityType type, List<StaEntity> entities, QueryOptions options,
			StaRequest request, String prefix) {
		Map<String, Map<Long, Page>> prefetched = new LinkedHashMap<>();
		for (QueryOptions.Expand expand : options.expand()) {
			EntityType.Navigation navigation = navigation(type, expand, prefix);
			String nested = prefix + "$expand(" + expand.navigation() + ")/";
			checkSelect(navigation.target(), expand.options(), nested);
			if (type == EntityType.DATASTREAM && navigation.target() == EntityType.OBSERVATION && entities.size() > 1) {
				List<DatastreamSource> sources = entities.stream()
					.map((e) -> request.model().datastream(e.id()).orElse(null))
					.filter(java.util.Objects::nonNull)
					.toList();
				Map<Long, Page> pages = this.observations.pageEach(sources, expand.options(),
						this.query.pageSize(expand.options().top()), nested);
				if (pages != null) {
					prefetched.put(expand.navigation(), pages);
				}
			}
		}
		List<Map<String, Object>> out = new ArrayList<>();
		for (StaEntity entity : entities) {
			out.add(render(entity, options, request, prefix, prefetched));
		}
		return out;
	}

	private Map<String, Object> render(StaEntity entity, QueryOptions options, StaRequest request, String prefix,
			Map<String, Map<Long, Page>> prefetched) {
		Map<String, Object> out = new LinkedHashMap<>();
		String self = request.selfLink(entity);
		List<String> select = options.select();
		if (select == null || select.contains("id")) {
			out.put("@iot.id", entity.id());
		}
		if (select == null || select.contains("id") || select.contains("@iot.selfLink")) {
			out.put("@iot.selfLink", self);
		}
		for (String property : entity.type().properties()) {
			if (options.selects(property) && entity.properties().containsKey(property)) {
				Object value = entity.properties().get(property);
				out.put(property, (value != null) ? StaJson.out(value) : null);
			}
		}
		for (String navigation : entity.type().navigationOrder()) {
			if (select == null || select.contains(navigation)) {
				out.put(navigation + "@iot.navigationLink", self + "/" + navigation);
			}
		}
		for (QueryOptions.Expand expand : options.expand()) {
			String name = expand.navigation();
			EntityType.Navigation navigation = entity.type().navigation().get(name);
			String nested = prefix + "$expand(" + name + ")/";
			Target related = StaNavigator.navigate(request.model(), entity, name);
			if (related instanceof Target.One one) {
				out.put(name,
						entities(navigation.target(), List.of(one.entity()), expand.options(), request, nested).get(0));
				continue;
			}
			if (!(related instanceof Target.Many many)) {
				out.put(name, null);
				continue;
			}
			Page page = prefetched.getOrDefault(name, Map.of()).get(entity.id());
			if (page == null) {
				page = this.query.page(many, expand.options(), request.model(), nested);
			}
			if (page.count() != null) {
				out.put(name + "@iot.count", page.count());
			}
			out.put(name, entities(navigation.target(), page.entities(), expand.options(), request, nested));
			if (page.more() && page.top() > 0 && expand.options().filter() == null
					&& expand.options().orderBy().isEmpty()) {
				out.put(name + "@iot.nextLink",
						self + "/" + name + "?$top=" + page.top() + "&$skip=" + (page.skip() + page.top()));
			}
		}
		return out;
	}

	private static EntityType.Navigation navigation(EntityType type, QueryOptions.Expand expand, String prefix) {
		EntityType.Navigation navigation = type.navigation().get(expand.navigation());
		if (navigation == null) {
			throw StaException.badOption(prefix + "$expand", prefix + "$expand: " + type.singular()
					+ " has no navigation property '" + expand.navigation() + "'; it has " + type.navigationOrder());
		}
		return navigation;
	}

	private static void checkSelect(EntityType type, QueryOptions options, String prefix) {
		if (options.select() == null) {
			return;
		}
		for (String name : options.select()) {
			if (!LINKS.contains(name) && !type.properties().contains(name) && !type.navigation().containsKey(name)) {
				throw StaException.badOption(prefix + "$select",
						prefix + "$select: '" + name + "' is not a property of " + type.singular());
			}
		}
	}

	/** The value of a property path answer, e.g. {@code {"name": "..."}}. */
	static Map<String, @Nullable Object> property(String name, @Nullable Object value) {
		Map<String, @Nullable Object> out = new LinkedHashMap<>();
		out.put(name, (value != null) ? StaJson.out(value) : null);
		return out;
	}

}
