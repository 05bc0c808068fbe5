package org.nordpark.api.zone;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Every zone now.
 *
 * @param time when the summary was computed
 * @param zones the zones: manifest order first, then other zones by label
 */
public record ZoneList(@Schema(example = "2025-03-12T18:00:00Z") Instant time, List<ZoneSummary> zones) {

}
