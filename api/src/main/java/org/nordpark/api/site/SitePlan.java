package org.nordpark.api.site;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The site plan for maps and the live page. Positions are {@code {lat, lon}} objects
 * (WGS84).
 *
 * @param site the site, absent when no site manifest is configured
 * @param zones zones with outline, centre and capacity
 * @param ways roads and footpaths
 * @param sensors every known sensor with its position (catalog, completed from the
 * manifest)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SitePlan(@Nullable Site site, List<PlanZone> zones, List<PlanWay> ways, List<PlanSensor> sensors) {

	/**
	 * A WGS84 position.
	 *
	 * @param lat latitude
	 * @param lon longitude
	 */
	public record Position(@Schema(example = "51.1746") double lat, @Schema(example = "6.3855") double lon) {

	}

	/**
	 * The site.
	 *
	 * @param name human name
	 * @param centre map centre
	 * @param timeZone IANA time zone for local display
	 * @param simulated whether the data is simulated (the UI must say so)
	 */
	public record Site(@Schema(example = "Nordpark Mönchengladbach (simulated)") String name, Position centre,
			@Schema(example = "Europe/Berlin") String timeZone, @Schema(example = "true") boolean simulated) {

	}

	/**
	 * A zone.
	 *
	 * @param id zone label
	 * @param name human name
	 * @param type car_park, park, road, footpath or area
	 * @param capacity parking spaces (car parks)
	 * @param centre label position
	 * @param polygon outline, first point not repeated; empty when unknown
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PlanZone(@Schema(example = "P1") String id, @Schema(example = "Parkplatz P1") String name,
			@Schema(example = "car_park") String type, @Schema(example = "1200") @Nullable Integer capacity,
			Position centre, List<Position> polygon) {

	}

	/**
	 * A road or footpath.
	 *
	 * @param id short label
	 * @param name human name
	 * @param type road or footpath
	 * @param line polyline
	 */
	public record PlanWay(@Schema(example = "hwa") String id, @Schema(example = "Hennes-Weisweiler-Allee") String name,
			@Schema(example = "road") String type, List<Position> line) {

	}

	/**
	 * A sensor on the plan.
	 *
	 * @param sensorId DevEUI
	 * @param name human name
	 * @param model model id
	 * @param kind what it measures
	 * @param zone zone label
	 * @param position where it is, absent when unknown
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record PlanSensor(@Schema(example = "70b3d5e75e00a101") String sensorId,
			@Schema(example = "P1 bay 001") String name, @Schema(example = "bosch-tps110") String model,
			@Schema(example = "parking") String kind, @Schema(example = "P1") @Nullable String zone,
			@Nullable Position position) {

	}

}
