package org.nordpark.bridge.catalog;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Catalog health: down until a catalog was loaded once; afterwards up, with the last
 * refresh failure (e.g. an unreachable ChirpStack API) shown while the last good catalog
 * is in use, and every sensor whose settings do not fit its model (its frames may be
 * dead-lettered; the rest of the catalog works).
 */
class CatalogHealthIndicator extends AbstractHealthIndicator {

	private final SensorCatalog catalog;

	CatalogHealthIndicator(SensorCatalog catalog) {
		this.catalog = catalog;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		CatalogState state = this.catalog.state();
		builder.withDetail("source", state.source()).withDetail("entries", state.size());
		if (state.lastRefresh() != null) {
			builder.withDetail("lastRefresh", state.lastRefresh().toString());
		}
		if (state.lastError() != null) {
			builder.withDetail("lastError", state.lastError()).withDetail("stale", state.lastRefresh() != null);
		}
		if (!state.settingProblems().isEmpty()) {
			builder.withDetail("settingProblems", new java.util.TreeMap<>(state.settingProblems()));
		}
		if (state.lastRefresh() != null || (state.lastError() == null && state.size() > 0)) {
			builder.up();
		}
		else {
			builder.down();
		}
	}

}
