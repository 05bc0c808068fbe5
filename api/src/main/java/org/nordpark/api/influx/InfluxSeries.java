package org.nordpark.api.influx;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One series of a query result.
 *
 * @param tags the GROUP BY tag values
 * @param columns column names; the first is {@code time}
 * @param rows rows of values, in column order
 */
public record InfluxSeries(Map<String, String> tags, List<String> columns, List<List<@Nullable Object>> rows) {

	/** The time of a row. */
	public static Instant time(List<@Nullable Object> row) {
		Object value = row.get(0);
		if (value instanceof Number millis) {
			return Instant.ofEpochMilli(millis.longValue());
		}
		return Instant.parse(String.valueOf(value));
	}

	/** A numeric column of a row, or {@code null}. */
	public @Nullable Double number(List<@Nullable Object> row, String column) {
		int index = this.columns.indexOf(column);
		if (index < 0 || index >= row.size()) {
			return null;
		}
		return (row.get(index) instanceof Number number) ? number.doubleValue() : null;
	}

	/** A tag value, or {@code null}. */
	public @Nullable String tag(String name) {
		return this.tags.get(name);
	}

}
