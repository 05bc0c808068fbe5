package org.nordpark.api.sta;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.sta.filter.Expr;
import org.nordpark.api.sta.filter.FilterParser;

/**
 * The query options of one request or one {@code $expand} item.
 *
 * @param top {@code $top}, or null for the default page size
 * @param skip {@code $skip}
 * @param count {@code $count}
 * @param filter {@code $filter}, or null
 * @param orderBy {@code $orderby}
 * @param select {@code $select} property names, or null for all
 * @param expand {@code $expand} items
 * @param dataArray {@code $resultFormat=dataArray}
 * @param skipToken {@code $skiptoken}: the time (epoch milliseconds) of the last
 * Observation of the previous page, set by the server in {@code @iot.nextLink} of one
 * Datastream's Observations; the next page starts after it
 */
record QueryOptions(@Nullable Integer top, long skip, boolean count, @Nullable Expr filter,
		List<FilterParser.Order> orderBy, @Nullable List<String> select, List<Expand> expand, boolean dataArray,
		@Nullable Long skipToken) {

	static final QueryOptions NONE = new QueryOptions(null, 0, false, null, List.of(), null, List.of(), false, null);

	/** Whether a property or navigation property is selected. */
	boolean selects(String name) {
		return this.select == null || this.select.contains(name);
	}

	/**
	 * One {@code $expand} item: a navigation path with its own options.
	 *
	 * @param navigation the navigation property
	 * @param options options applied to the related entities
	 */
	record Expand(String navigation, QueryOptions options) {

	}

}
