package org.nordpark.api.sta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code $resultFormat=dataArray}: Observations grouped by Datastream, each as an array
 * of the selected components ({@code id}, {@code phenomenonTime}, {@code resultTime},
 * {@code result} by default).
 */
final class DataArray {

	private static final List<String> COMPONENTS = List.of("id", "phenomenonTime", "resultTime", "result");

	private DataArray() {
	}

	static Map<String, Object> of(Page page, QueryOptions options, StaRequest request) {
		List<String> components = (options.select() != null) ? options.select() : COMPONENTS;
		for (String component : components) {
			if (!COMPONENTS.contains(component)) {
				throw StaException.badOption("$select",
						"$select: '" + component + "' is not a dataArray component; supported: " + COMPONENTS);
			}
		}
		Map<Long, List<List<Object>>> byDatastream = new LinkedHashMap<>();
		for (StaEntity observation : page.entities()) {
			List<Object> row = new ArrayList<>();
			for (String component : components) {
				row.add(component.equals("id") ? observation.id()
						: StaJson.out(observation.properties().get(component)));
			}
			byDatastream.computeIfAbsent(observation.related("Datastream").get(0), (k) -> new ArrayList<>()).add(row);
		}
		List<Map<String, Object>> value = new ArrayList<>();
		byDatastream.forEach((datastream, rows) -> {
			Map<String, Object> group = new LinkedHashMap<>();
			group.put("Datastream@iot.navigationLink", request.selfLink(EntityType.DATASTREAM, datastream));
			group.put("components", components);
			group.put("dataArray@iot.count", rows.size());
			group.put("dataArray", rows);
			value.add(group);
		});
		Map<String, Object> out = new LinkedHashMap<>();
		if (page.count() != null) {
			out.put("@iot.count", page.count());
		}
		if (page.more() && page.top() > 0) {
			out.put("@iot.nextLink", request.nextLink(page));
		}
		out.put("value", value);
		return out;
	}

}
