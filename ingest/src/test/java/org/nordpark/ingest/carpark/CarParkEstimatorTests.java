package org.nordpark.ingest.carpark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CarParkEstimatorTests {

	private static Instant at(String time) {
		return Instant.parse("2025-03-12T" + time + ":00Z");
	}

	private static GateReading reading(String time, long in, long out) {
		return new GateReading(at(time), in, out);
	}

	private static NavigableMap<Instant, Boolean> bay(String time, boolean occupied) {
		NavigableMap<Instant, Boolean> bay = new TreeMap<>();
		bay.put(at(time), occupied);
		return bay;
	}

	// capacity 1200: quiet is fewer than 12 vehicles in and out
	private final CarParkEstimator estimator = new CarParkEstimator(1200, Duration.ofDays(2));

	private final List<GateReading> readings = List.of(reading("10:00", 2, 1), reading("10:15", 3, 2),
			reading("10:30", 200, 0), reading("10:45", 150, 10), reading("11:00", 5, 5), reading("11:15", 0, 120));

	// one of two bays occupied since the morning
	private final List<NavigableMap<Instant, Boolean>> bays = List.of(bay("06:00", true), bay("06:30", false));

	private CarParkEstimate at(String moment, List<GateReading> readings, List<NavigableMap<Instant, Boolean>> bays) {
		List<CarParkEstimate> estimates = this.estimator.estimate(readings, bays, List.of(at(moment)));
		assertThat(estimates).hasSize(1);
		return estimates.get(0);
	}

	@Test
	void anchorsAtTheNewestQuietReadingAfterAQuietOneAndCarriesTheNetCountForward() {
		CarParkEstimate estimate = at("11:20", this.readings, this.bays);
		// 11:00 is quiet, but 10:45 before it is not: a lull, not a quiet spell
		assertThat(estimate.anchoredAt()).isEqualTo(at("10:15"));
		assertThat(estimate.anchorRate()).isEqualTo(0.5);
		// 0.5 of 1,200 = 600, then +200 +140 +0 -120
		assertThat(estimate.occupied()).isEqualTo(820);
		assertThat(estimate.free()).isEqualTo(380);
		assertThat(estimate.occupancyRate()).isEqualTo(0.6833);
	}

	@Test
	void usesOnlyTheReadingsUpToEachMoment() {
		List<CarParkEstimate> estimates = this.estimator.estimate(this.readings, this.bays,
				List.of(at("10:00"), at("10:29"), at("10:30"), at("10:59"), at("11:00"), at("11:15")));
		assertThat(estimates).extracting(CarParkEstimate::occupied).containsExactly(600L, 600L, 800L, 940L, 940L, 820L);
		// 10:00 alone: the oldest reading is the anchor
		assertThat(estimates.get(0).anchoredAt()).isEqualTo(at("10:00"));
		assertThat(estimates.get(1).anchoredAt()).isEqualTo(at("10:15"));
	}

	@Test
	void reAnchorsToTheBaysAtTheNextQuietSpellWhichCorrectsTheDrift() {
		List<GateReading> later = new java.util.ArrayList<>(this.readings);
		later.add(reading("11:30", 1, 1));
		later.add(reading("11:45", 0, 2));
		// a third bay was seen, occupied, at 11:05: 2 of 3
		List<NavigableMap<Instant, Boolean>> bays = List.of(bay("06:00", true), bay("06:30", false),
				bay("11:05", true));
		assertThat(at("11:30", later, bays).occupied()).isEqualTo(820);
		CarParkEstimate anchored = at("11:45", later, bays);
		assertThat(anchored.anchoredAt()).isEqualTo(at("11:45"));
		assertThat(anchored.anchorRate()).isEqualTo(0.6667);
		assertThat(anchored.occupied()).isEqualTo(800);
	}

	@Test
	void keepsTheEstimateWithinTheCapacity() {
		List<NavigableMap<Instant, Boolean>> full = List.of(bay("06:00", true));
		assertThat(at("11:20", this.readings, full).occupied()).isEqualTo(1200);
		List<GateReading> leaving = List.of(reading("11:30", 0, 0), reading("11:45", 1, 1), reading("12:00", 0, 500));
		List<NavigableMap<Instant, Boolean>> empty = List.of(bay("06:00", false));
		assertThat(at("12:00", leaving, empty).occupied()).isZero();
	}

	@Test
	void anchorsAtTheOldestReadingWithinTheLookbackWithoutAQuietSpell() {
		CarParkEstimator hour = new CarParkEstimator(1200, Duration.ofHours(1));
		List<CarParkEstimate> estimates = hour.estimate(this.readings, this.bays, List.of(at("11:20")));
		// 10:15 and before are out of the lookback; 10:30 is the oldest left
		assertThat(estimates.get(0).anchoredAt()).isEqualTo(at("10:30"));
		assertThat(estimates.get(0).occupied()).isEqualTo(600 + 140 + 0 - 120);
	}

	@Test
	void hasNoEstimateWithoutAGateReadingOrABayStateAtTheAnchor() {
		assertThat(this.estimator.estimate(this.readings, this.bays, List.of(at("09:59")))).isEmpty();
		assertThat(this.estimator.estimate(this.readings, List.of(bay("12:00", true)), List.of(at("11:20")))).isEmpty();
		assertThat(this.estimator.estimate(List.of(), this.bays, List.of(at("11:20")))).isEmpty();
	}

	@Test
	void needsAtLeastThreeVehiclesForSmallCarParksToBeBusy() {
		assertThat(CarParkEstimator.quietLimit(100)).isEqualTo(3);
		assertThat(CarParkEstimator.quietLimit(1500)).isEqualTo(15);
	}

}
