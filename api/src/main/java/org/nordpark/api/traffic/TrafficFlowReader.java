package org.nordpark.api.traffic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.SeriesReader;
import org.nordpark.api.query.SeriesResponse;
import org.nordpark.api.query.SeriesWindows;
import org.nordpark.model.InfluxSchema;

import org.springframework.stereotype.Component;

/**
 * Objects counted per interval, summed over the matching counters: one series per class
 * and direction, or with {@code class=all} one per direction with every class summed.
 */
@Component
class TrafficFlowReader {

	private final SeriesReader series;

	private final SeriesWindows windows;

	TrafficFlowReader(SeriesReader series, SeriesWindows windows) {
		this.series = series;
		this.windows = windows;
	}

	SeriesResponse read(FlowQuery query) {
		boolean allClasses = query.objectClass() == ObjectClass.ALL;
		Map<String, @Nullable String> filters = new LinkedHashMap<>();
		filters.put(InfluxSchema.TAG_SENSOR_ID, (query.sensor() != null) ? query.sensor().value() : null);
		filters.put(InfluxSchema.TAG_ZONE, query.zone());
		filters.put(InfluxSchema.TAG_CLASS,
				(query.objectClass() != null && !allClasses) ? query.objectClass().id() : null);
		filters.put(InfluxSchema.TAG_DIRECTION, query.direction());
		List<String> groupBy = allClasses ? List.of(InfluxSchema.TAG_DIRECTION)
				: List.of(InfluxSchema.TAG_CLASS, InfluxSchema.TAG_DIRECTION);
		return this.series.read(InfluxSchema.TRAFFIC, InfluxSchema.COUNT, Aggregation.SUM, this.windows.resolve(query),
				filters, groupBy);
	}

}
