package org.nordpark.bridge.catalog;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the catalog health reports.
 *
 * @param source where entries come from: {@code chirpstack}, {@code manifest},
 * {@code chirpstack+manifest} or {@code events}
 * @param size number of entries
 * @param lastRefresh when the last successful load finished
 * @param lastError the last failure, cleared by a successful refresh
 * @param settingProblems sensor id to what is wrong with its settings for its model
 */
public record CatalogState(String source, int size, @Nullable Instant lastRefresh, @Nullable String lastError,
		Map<String, String> settingProblems) {

}
