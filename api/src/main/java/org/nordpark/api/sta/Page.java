package org.nordpark.api.sta;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a collection.
 *
 * @param entities the entities of the page
 * @param count the size of the whole collection, when {@code $count=true}
 * @param top the page size used
 * @param skip the entities skipped
 * @param more whether more entities follow
 * @param skipToken for the next page instead of {@code $skip}, or null
 */
record Page(List<StaEntity> entities, @Nullable Long count, long top, long skip, boolean more,
		@Nullable Long skipToken) {

	Page(List<StaEntity> entities, @Nullable Long count, long top, long skip, boolean more) {
		this(entities, count, top, skip, more, null);
	}

}
