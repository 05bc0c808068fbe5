package org.nordpark.api.sta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Answers one SensorThings GET: walks the resource path ({@code Things(1)/Datastreams},
 * {@code Datastreams(5)/Thing/name/$value}, {@code Things/$ref}, ...) and applies the
 * query options to what it addresses.
 */
@Component
class StaService {

	private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\((.*)\\))?");

	private final StaModelSource models;

	private final CollectionQuery query;

	private final StaRenderer renderer;

	private final ObservationReader observations;

	StaService(StaModelSource models, CollectionQuery query, StaRenderer renderer, ObservationReader observations) {
		this.models = models;
		this.query = query;
		this.renderer = renderer;
		this.observations = observations;
	}

	/**
	 * The answer to a path below the service root.
	 * @param path the path below {@code /sta/v1.1/}, not empty
	 * @param parameters the query parameters
	 * @param base the service root URL
	 */
	Answer get(String path, Map<String, String> parameters, String base) {
		QueryOptions options = QueryOptionsParser.parse(parameters);
		StaRequest request = new StaRequest(this.models.model(), base, path, parameters);
		List<String> segments = new ArrayList<>(List.of(path.split("/")));
		segments.removeIf(String::isEmpty);
		if (segments.isEmpty()) {
			throw StaException.notFound("the service root is " + base);
		}
		Target target = root(request.model(), segments.get(0));
		for (int i = 1; i < segments.size(); i++) {
			String segment = segments.get(i);
			boolean last = i == segments.size() - 1;
			if (segment.equals("$ref")) {
				if (!last) {
					throw StaException.notFound("nothing follows $ref in a path");
				}
				return Answer.json(refs(target, options, request));
			}
			if (!(target instanceof Target.One one)) {
				throw StaException.notFound("'" + segment + "' cannot follow a collection; address one entity first, "
						+ "e.g. " + ((Target.Many) target).type().setName() + "(1)/" + segment);
			}
			StaEntity entity = one.entity();
			if (entity.type().properties().contains(segment)) {
				return property(entity, segment, segments.subList(i + 1, segments.size()));
			}
			target = navigate(request.model(), entity, segment);
		}
		if (target instanceof Target.One one) {
			return Answer.json(this.renderer.entity(one.entity(), options, request));
		}
		Target.Many many = (Target.Many) target;
		Page page = this.query.page(many, options, request.model(), "");
		if (options.dataArray()) {
			if (many.type() != EntityType.OBSERVATION) {
				throw StaException.badOption("$resultFormat", "$resultFormat=dataArray is for Observations only");
			}
			return Answer.json(DataArray.of(page, options, request));
		}
		return Answer.json(this.renderer.collection(many.type(), page, options, request));
	}

	/** The service root document with the conformance list. */
	Map<String, Object> serviceRoot(String base, List<String> conformance, Map<String, Object> settings) {
		List<Map<String, Object>> sets = new ArrayList<>();
		for (EntityType type : EntityType.values()) {
			Map<String, Object> set = new LinkedHashMap<>();
			set.put("name", type.setName());
			set.put("url", base + "/" + type.setName());
			sets.add(set);
		}
		Map<String, Object> serverSettings = new LinkedHashMap<>();
		serverSettings.put("conformance", conformance);
		serverSettings.putAll(settings);
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("value", sets);
		root.put("serverSettings", serverSettings);
		return root;
	}

	private Target root(StaModel model, String segment) {
		Matcher m = SEGMENT.matcher(segment);
		EntityType type = m.matches() ? EntityType.ofSetName(m.group(1)).orElse(null) : null;
		if (type == null) {
			throw StaException.notFound("'" + segment + "' is not an entity set; the sets are Things, Locations, "
					+ "HistoricalLocations, Sensors, ObservedProperties, Datastreams, Observations, FeaturesOfInterest");
		}
		if (m.group(2) == null) {
			if (type == EntityType.OBSERVATION) {
				return Target.Many.observations(List.copyOf(model.datastreams().values()));
			}
			return Target.Many.of(type, List.copyOf(model.all(type)));
		}
		long id = id(segment, m.group(2));
		return new Target.One(find(model, type, id));
	}

	private StaEntity find(StaModel model, EntityType type, long id) {
		if (type == EntityType.OBSERVATION) {
			DatastreamSource ds = model.datastream(StaIds.datastreamOf(id))
				.orElseThrow(() -> StaException.notFound("no Observation with @iot.id " + id));
			return this.observations.find(ds, id)
				.filter((p) -> p.id() == id)
				.map(StaEntities::observation)
				.orElseThrow(() -> StaException.notFound("no Observation with @iot.id " + id));
		}
		return model.find(type, id)
			.orElseThrow(() -> StaException.notFound("no " + type.singular() + " with @iot.id " + id));
	}

	private Target navigate(StaModel model, StaEntity entity, String segment) {
		Matcher m = SEGMENT.matcher(segment);
		String name = m.matches() ? m.group(1) : segment;
		EntityType.Navigation navigation = entity.type().navigation().get(name);
		if (navigation == null) {
			throw StaException.notFound(
					"'" + name + "' is neither a property nor a navigation property of " + entity.type().singular());
		}
		Target related = StaNavigator.navigate(model, entity, name);
		if (m.group(2) == null) {
			if (related == null) {
				throw StaException.notFound(entity.type().singular() + " " + entity.id() + " has no " + name);
			}
			return related;
		}
		if (!navigation.many()) {
			throw StaException.notFound("'" + name + "' is a single entity; it takes no @iot.id");
		}
		long id = id(segment, m.group(2));
		Target.Many many = (Target.Many) related;
		if (navigation.target() == EntityType.OBSERVATION) {
			boolean member = many.datastreams().stream().anyMatch((d) -> d.id() == StaIds.datastreamOf(id));
			if (!member) {
				throw StaException.notFound("no Observation " + id + " in " + segment);
			}
			return new Target.One(find(model, EntityType.OBSERVATION, id));
		}
		return new Target.One(many.entities()
			.stream()
			.filter((e) -> e.id() == id)
			.findFirst()
			.orElseThrow(() -> StaException.notFound("no " + navigation.target().singular() + " with @iot.id " + id
					+ " related to " + entity.type().singular() + " " + entity.id())));
	}

	private static long id(String segment, String text) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException ex) {
			throw StaException.notFound("'" + segment + "': @iot.ids are numbers");
		}
	}

	private Answer property(StaEntity entity, String property, List<String> rest) {
		Object value = entity.properties().get(property);
		if (rest.isEmpty()) {
			return Answer.json(StaRenderer.property(property, value));
		}
		if (rest.size() == 1 && rest.get(0).equals("$value")) {
			if (value == null) {
				return Answer.text("");
			}
			Object out = StaJson.out(value);
			return (out instanceof String text) ? Answer.text(text)
					: Answer.text(StaJson.MAPPER.writeValueAsString(out));
		}
		throw StaException.notFound("only $value can follow the property '" + property + "'");
	}

	private Map<String, Object> refs(Target target, QueryOptions options, StaRequest request) {
		if (target instanceof Target.One one) {
			return Map.of("@iot.selfLink", request.selfLink(one.entity()));
		}
		Target.Many many = (Target.Many) target;
		Page page = this.query.page(many, options, request.model(), "");
		Map<String, Object> out = new LinkedHashMap<>();
		if (page.count() != null) {
			out.put("@iot.count", page.count());
		}
		if (page.more() && page.top() > 0) {
			out.put("@iot.nextLink", request.nextLink(page));
		}
		out.put("value", page.entities().stream().map((e) -> Map.of("@iot.selfLink", request.selfLink(e))).toList());
		return out;
	}

	/**
	 * A response body.
	 *
	 * @param body JSON (a map) or text
	 * @param text whether the body is plain text ({@code $value})
	 */
	record Answer(Object body, boolean text) {

		static Answer json(Object body) {
			return new Answer(body, false);
		}

		static Answer text(String body) {
			return new Answer(body, true);
		}

	}

}
