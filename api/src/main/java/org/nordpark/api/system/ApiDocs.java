package org.nordpark.api.system;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.nordpark.api.query.Aggregation;
import org.nordpark.api.query.Interval;
import org.nordpark.api.query.Label;
import org.nordpark.model.Dims;
import org.nordpark.model.SensorKind;

/**
 * The API's parameter vocabulary: every query or path parameter name used by several
 * endpoints is described here once ({@link #describe(OpenAPI)} fills the OpenAPI
 * document), so a request record only declares the parameter. A description given on a
 * record component is kept; the schema of a typed value (a time, an interval, a sensor
 * id) is always the one below, as clients send text.
 */
public final class ApiDocs {

	public static final String CSV_NOTE = " Send `Accept: text/csv` (or `?format=csv`) for CSV.";

	private static final String SENSOR_ID = "Sensor id (DevEUI): 16 hex characters, also accepted upper case or "
			+ "with separators.";

	private static final String LABEL = "Pattern `" + Label.PATTERN + "`.";

	/** Parameter name to its documentation. */
	static final Map<String, Doc> PARAMETERS = Map.ofEntries(
			Map.entry("from",
					new Doc("Inclusive start, ISO-8601 date-time with offset or zone. Default: `to` minus "
							+ "`nordpark.api.query.default-range` (24 h).", "2025-03-12T00:00:00Z", ApiDocs::dateTime)),
			Map.entry("to",
					new Doc("Exclusive end, ISO-8601 date-time with offset or zone. Default: now. "
							+ "`from` must be before `to`; the span is limited by `nordpark.api.query.max-range`.",
							"2025-03-13T00:00:00Z", ApiDocs::dateTime)),
			Map.entry("every",
					new Doc("Interval per point; intervals are aligned to UTC multiples. One of "
							+ String.join(", ", Interval.ids()) + ". Default: the finest interval giving at most "
							+ "`nordpark.api.query.target-points` points. `(to - from) / every` may not exceed "
							+ "`nordpark.api.query.max-points`.", "1h", () -> oneOf(Interval.ids()))),
			Map.entry("agg",
					new Doc("Aggregation per interval: " + String.join(", ", Aggregation.ids())
							+ ". Default: sum for counts (e.g. count, motion_count), mean otherwise.", "mean",
							() -> oneOf(Aggregation.ids()))),
			Map.entry("zone",
					new Doc("Only this zone (its label); default: every zone. " + LABEL, "P1", ApiDocs::label)),
			Map.entry("kind",
					new Doc("Only this sensor kind: " + SensorKind.ids() + ".", "parking",
							() -> oneOf(Arrays.stream(SensorKind.values()).map(SensorKind::id).toList()))),
			Map.entry("sensor", new Doc("Only this sensor. " + SENSOR_ID, "70b3d5e75e00a101", StringSchema::new)),
			Map.entry("id", new Doc(SENSOR_ID, "70b3d5e75e00a101", StringSchema::new)),
			Map.entry("class",
					new Doc("Only this object class; `all` sums every class into one series per direction.", "car",
							() -> oneOf(List.copyOf(new TreeSet<>(Dims.CLASSES))))),
			Map.entry("direction",
					new Doc("Only this direction label (from the counter's catalog settings). " + LABEL, "inbound",
							ApiDocs::label)),
			Map.entry("limit", new Doc("Most entries to return, 1..1000. Default 100.", "100",
					() -> new IntegerSchema().minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(1000)))));

	private ApiDocs() {
	}

	/**
	 * Documents every parameter of the document that the vocabulary knows: its
	 * description (unless the endpoint gave one), example and schema.
	 */
	static void describe(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		for (PathItem path : openApi.getPaths().values()) {
			for (Operation operation : path.readOperations()) {
				if (operation.getParameters() != null) {
					operation.getParameters().forEach(ApiDocs::describe);
				}
			}
		}
	}

	private static void describe(Parameter parameter) {
		Doc doc = PARAMETERS.get(parameter.getName());
		if (doc == null || !List.of("query", "path").contains(parameter.getIn())) {
			return;
		}
		if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
			parameter.setDescription(doc.description());
		}
		if (parameter.getExample() == null) {
			parameter.setExample(doc.example());
		}
		parameter.setSchema(doc.schema().get());
	}

	private static Schema<?> dateTime() {
		return new StringSchema().format("date-time");
	}

	private static Schema<?> label() {
		return new StringSchema().pattern(Label.PATTERN);
	}

	private static Schema<?> oneOf(List<String> values) {
		StringSchema schema = new StringSchema();
		values.forEach(schema::addEnumItem);
		return schema;
	}

	/**
	 * How one parameter is documented.
	 *
	 * @param description what it selects, its format and default
	 * @param example a valid value
	 * @param schema its type as text on the wire
	 */
	record Doc(String description, String example, Supplier<Schema<?>> schema) {

	}

}
