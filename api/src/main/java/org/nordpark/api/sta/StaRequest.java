package org.nordpark.api.sta;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request: the model it is answered from, the service root URL (for links), the path
 * below it and its query parameters (for {@code @iot.nextLink}).
 *
 * @param model the entities
 * @param base the service root, e.g. {@code http://host:8080/sta/v1.1}
 * @param path the resource path below the root, without leading slash
 * @param parameters the query parameters
 */
record StaRequest(StaModel model, String base, String path, Map<String, String> parameters) {

	private static final java.util.Set<String> PAGING = java.util.Set.of("$top", "$skip", "$skiptoken", "$skipToken");

	String selfLink(StaEntity entity) {
		return selfLink(entity.type(), entity.id());
	}

	String selfLink(EntityType type, long id) {
		return this.base + "/" + type.setName() + "(" + id + ")";
	}

	/**
	 * This request's URL for the page after this one: {@code $top} and either the page's
	 * {@code $skiptoken} or {@code $skip}.
	 */
	String nextLink(Page page) {
		String query = this.parameters.entrySet()
			.stream()
			.filter((e) -> !PAGING.contains(e.getKey()))
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		String next = (page.skipToken() != null) ? "$skiptoken=" + page.skipToken()
				: "$skip=" + (page.skip() + page.top());
		return this.base + "/" + this.path + "?" + (query.isEmpty() ? "" : query + "&") + "$top=" + page.top() + "&"
				+ next;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%24", "$");
	}

}
