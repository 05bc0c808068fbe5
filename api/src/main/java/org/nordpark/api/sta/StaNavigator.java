package org.nordpark.api.sta;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Follows a navigation property of an entity to the related entity or collection. */
final class StaNavigator {

	private StaNavigator() {
	}

	/** The related entity or collection; null for a single relation that is not set. */
	static @Nullable Target navigate(StaModel model, StaEntity entity, String navigation) {
		EntityType.Navigation nav = entity.type().navigation().get(navigation);
		if (nav == null) {
			return null;
		}
		if (nav.target() == EntityType.OBSERVATION) {
			if (entity.type() == EntityType.DATASTREAM) {
				return Target.Many.observations(model.datastream(entity.id()).map(List::of).orElse(List.of()));
			}
			return Target.Many.observations(model.datastreamsOfFeature(entity.id()));
		}
		List<StaEntity> related = new ArrayList<>();
		for (long id : entity.related(navigation)) {
			model.find(nav.target(), id).ifPresent(related::add);
		}
		if (nav.many()) {
			return Target.Many.of(nav.target(), related);
		}
		return related.isEmpty() ? null : new Target.One(related.get(0));
	}

}
