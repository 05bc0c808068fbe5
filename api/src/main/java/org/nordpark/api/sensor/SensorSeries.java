package org.nordpark.api.sensor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.SeriesReader;
import org.nordpark.api.query.SeriesResponse;
import org.nordpark.api.query.SeriesSource;
import org.nordpark.api.query.SeriesWindow;
import org.nordpark.api.query.SeriesWindows;
import org.nordpark.api.system.problem.ApiProblemException.ParameterError;
import org.nordpark.api.system.problem.InvalidQueryException;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.DevEui;
import org.nordpark.model.InfluxSchema.Measurement;
import org.nordpark.model.InfluxSchema;

import org.springframework.stereotype.Component;

/**
 * One field of one sensor as a series: the window is checked first, then the sensor is
 * looked up (404 if unknown), then whether it has the field (400 naming the fields it
 * has). One series per dimension of the measurement (e.g. class and direction).
 */
@Component
class SensorSeries {

	/** Tags every series of a sensor shares, so they do not split it. */
	private static final Set<String> SENSOR_TAGS = Set.of(InfluxSchema.TAG_SENSOR_ID, InfluxSchema.TAG_ZONE,
			InfluxSchema.TAG_MODEL);

	private final SensorReader sensors;

	private final SeriesReader series;

	private final SeriesWindows windows;

	SensorSeries(SensorReader sensors, SeriesReader series, SeriesWindows windows) {
		this.sensors = sensors;
		this.series = series;
		this.windows = windows;
	}

	SeriesResponse read(DevEui id, SensorSeriesQuery query) {
		SeriesWindow window = this.windows.resolve(query);
		CatalogEntry entry = this.sensors.entry(id.value());
		Measurement measurement = SensorReader.measurementOf(entry, query.field())
			.orElseThrow(() -> new InvalidQueryException(List.of(new ParameterError("field",
					"'" + query.field() + "' must be one of " + String.join(", ", SensorReader.fields(entry))))));
		Aggregation agg = (query.agg() != null) ? query.agg()
				: SeriesSource.defaultAggregation(measurement, query.field());
		List<String> dims = measurement.tags().stream().filter((tag) -> !SENSOR_TAGS.contains(tag)).toList();
		return this.series.read(measurement, query.field(), agg, window, Map.of(InfluxSchema.TAG_SENSOR_ID, id.value()),
				dims);
	}

}
