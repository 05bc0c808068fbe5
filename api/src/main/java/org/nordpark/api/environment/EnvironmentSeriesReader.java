package org.nordpark.api.environment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.SeriesReader;
import org.nordpark.api.query.SeriesResponse;
import org.nordpark.api.query.SeriesSource;
import org.nordpark.api.query.SeriesWindows;
import org.nordpark.model.InfluxSchema;

import org.springframework.stereotype.Component;

/**
 * One environment field per sensor: filtered by zone and sensor, one series per sensor
 * (tags sensorId and zone), mean by default (sum for counts).
 */
@Component
class EnvironmentSeriesReader {

	private final SeriesReader series;

	private final SeriesWindows windows;

	EnvironmentSeriesReader(SeriesReader series, SeriesWindows windows) {
		this.series = series;
		this.windows = windows;
	}

	SeriesResponse read(EnvironmentQuery query) {
		Map<String, @Nullable String> filters = new LinkedHashMap<>();
		filters.put(InfluxSchema.TAG_ZONE, query.zone());
		filters.put(InfluxSchema.TAG_SENSOR_ID, (query.sensor() != null) ? query.sensor().value() : null);
		Aggregation agg = (query.agg() != null) ? query.agg()
				: SeriesSource.defaultAggregation(InfluxSchema.ENVIRONMENT, query.field());
		return this.series.read(InfluxSchema.ENVIRONMENT, query.field(), agg, this.windows.resolve(query), filters,
				List.of(InfluxSchema.TAG_SENSOR_ID, InfluxSchema.TAG_ZONE));
	}

}
