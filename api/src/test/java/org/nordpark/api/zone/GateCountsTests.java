package org.nordpark.api.zone;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GateCountsTests {

	private static GateCounts.Reading at(String time, long in, long out) {
		return new GateCounts.Reading(Instant.parse("2025-03-12T" + time + ":00Z"), in, out);
	}

	// newest first, capacity 1200: quiet is fewer than 12 cars in and out
	private final GateCounts counts = new GateCounts(List.of(at("11:15", 0, 120), at("11:00", 5, 5),
			at("10:45", 150, 10), at("10:30", 200, 0), at("10:15", 3, 2), at("10:00", 2, 1)), 1200);

	@Test
	void anchorsAtTheNewestQuietReadingAfterAQuietOne() {
		// 11:00 is quiet, but 10:45 before it is not: one quiet reading is a lull, not a
		// quiet spell
		assertThat(this.counts.anchor()).isEqualTo(Instant.parse("2025-03-12T10:15:00Z"));
	}

	@Test
	void carriesTheBaysRatioAtTheAnchorForwardWithTheNetCount() {
		Instant anchor = this.counts.anchor();
		assertThat(this.counts.netAfter(anchor)).isEqualTo(200 + 140 + 0 - 120);
		assertThat(this.counts.occupied(0.5, anchor)).isEqualTo(600 + 220);
	}

	@Test
	void keepsTheEstimateWithinTheCapacity() {
		Instant anchor = this.counts.anchor();
		assertThat(this.counts.occupied(0.95, anchor)).isEqualTo(1200);
		GateCounts leaving = new GateCounts(List.of(at("12:00", 0, 500), at("11:45", 1, 1), at("11:30", 0, 0)), 1200);
		assertThat(leaving.occupied(0.1, leaving.anchor())).isZero();
	}

	@Test
	void anchorsAtTheOldestReadingWithoutAQuietSpell() {
		GateCounts busy = new GateCounts(List.of(at("10:45", 150, 10), at("10:30", 200, 0)), 1200);
		assertThat(busy.anchor()).isEqualTo(Instant.parse("2025-03-12T10:30:00Z"));
		assertThat(busy.occupied(0.25, busy.anchor())).isEqualTo(300 + 140);
		assertThat(new GateCounts(List.of(), 1200).anchor()).isNull();
	}

	@Test
	void needsAtLeastThreeCarsForSmallCarParksToBeBusy() {
		assertThat(GateCounts.quietLimit(100)).isEqualTo(3);
		assertThat(GateCounts.quietLimit(1500)).isEqualTo(15);
	}

}
