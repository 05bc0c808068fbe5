package org.nordpark.api.sta;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaIdsTests {

	@Test
	void derivesTheSameIdFromTheSameKeyForever() {
		// pinned: a change here changes every client's ids (docs/design.md)
		assertThat(StaIds.of(EntityType.THING, "70b3d5e75e00a101")).isEqualTo(THING_A101);
		assertThat(StaIds.of(EntityType.THING, "70b3d5e75e00a101"))
			.isNotEqualTo(StaIds.of(EntityType.LOCATION, "70b3d5e75e00a101"));
		assertThat(StaIds.of(EntityType.DATASTREAM, "x")).isPositive().isLessThan(1L << 31);
	}

	@Test
	void anObservationIdNamesItsDatastreamAndSecond() {
		long datastream = (1L << 31) - 1;
		Instant time = Instant.parse("2025-03-12T17:30:00.250Z");
		long id = StaIds.observation(datastream, time);
		assertThat(id).isPositive();
		assertThat(StaIds.datastreamOf(id)).isEqualTo(datastream);
		assertThat(StaIds.secondOf(id)).isEqualTo(Instant.parse("2025-03-12T17:30:00Z"));
	}

	/**
	 * SHA-256 of "Thing:70b3d5e75e00a101", first 31 bits (worked out with Python's
	 * hashlib).
	 */
	private static final long THING_A101 = 667_177_995L;

}
