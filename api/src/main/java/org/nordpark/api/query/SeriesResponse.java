package org.nordpark.api.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.nordpark.api.system.formats.CsvTable;

/**
 * A time series answer: what was asked and one or more series. As CSV: {@code time}, one
 * column per tag, then the field.
 *
 * @param field the field, e.g. {@code co2_ppm}
 * @param agg the aggregation applied per interval
 * @param every the interval
 * @param from inclusive start of the range
 * @param to exclusive end of the range
 * @param source {@code raw} or {@code hourly} (rollups for long ranges; the current hour
 * is not yet rolled up)
 * @param series the series
 */
public record SeriesResponse(@Schema(example = "co2_ppm") String field, @Schema(example = "mean") String agg,
		@Schema(example = "1h") String every, @Schema(example = "2025-03-12T00:00:00Z") Instant from,
		@Schema(example = "2025-03-13T00:00:00Z") Instant to, @Schema(example = "raw") String source,
		List<SeriesData> series) implements CsvTable {

	@Override
	public List<String> csvHeader() {
		List<String> header = new ArrayList<>();
		header.add("time");
		header.addAll(tagNames());
		header.add(this.field);
		return header;
	}

	@Override
	public List<List<?>> csvRows() {
		List<String> tags = tagNames();
		List<List<?>> rows = new ArrayList<>();
		for (SeriesData data : this.series) {
			for (SeriesPoint point : data.points()) {
				List<Object> row = new ArrayList<>();
				row.add(point.time());
				tags.forEach((tag) -> row.add(data.tags().get(tag)));
				row.add(point.value());
				rows.add(row);
			}
		}
		return rows;
	}

	@Override
	public String csvName() {
		return this.field;
	}

	private List<String> tagNames() {
		TreeSet<String> names = new TreeSet<>();
		this.series.forEach((data) -> names.addAll(data.tags().keySet()));
		return List.copyOf(names);
	}

}
