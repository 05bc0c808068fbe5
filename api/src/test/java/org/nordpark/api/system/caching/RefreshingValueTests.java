package org.nordpark.api.system.caching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshingValueTests {

	private final AtomicLong nanos = new AtomicLong();

	private final AtomicInteger loads = new AtomicInteger();

	private final List<Runnable> background = new ArrayList<>();

	private RefreshingValue<Integer> value(Duration ttl) {
		return new RefreshingValue<>(ttl, this.loads::incrementAndGet, this.nanos::get, this.background::add);
	}

	private void at(long millis) {
		this.nanos.set(Duration.ofMillis(millis).toNanos());
	}

	@Test
	void servesTheHeldValueWithinHalfTheTtlWithoutReloading() {
		RefreshingValue<Integer> value = value(Duration.ofSeconds(1));
		assertThat(value.get()).isEqualTo(1);
		at(499);
		assertThat(value.get()).isEqualTo(1);
		assertThat(this.background).isEmpty();
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void refreshesInTheBackgroundAfterHalfTheTtlAndServesTheNewValue() {
		RefreshingValue<Integer> value = value(Duration.ofSeconds(1));
		value.get();
		at(600);
		assertThat(value.get()).isEqualTo(1);
		assertThat(value.get()).isEqualTo(1);
		// one refresh started, not two
		assertThat(this.background).hasSize(1);
		this.background.get(0).run();
		assertThat(value.get()).isEqualTo(2);
		// the refreshed value's age counts from 600 ms
		at(1599);
		assertThat(value.get()).isEqualTo(2);
	}

	@Test
	void computesAnExpiredValueNowWhenNoRefreshRuns() {
		RefreshingValue<Integer> value = value(Duration.ofSeconds(1));
		value.get();
		at(60_000);
		// expired after an idle minute: computed now, not served stale
		assertThat(value.get()).isEqualTo(2);
		assertThat(this.background).isEmpty();
	}

	@Test
	void servesTheExpiredValueWhileItsRefreshRunsSoNoCallerWaitsForTheDatabase() {
		RefreshingValue<Integer> value = value(Duration.ofSeconds(1));
		value.get();
		at(600);
		value.get();
		assertThat(this.background).hasSize(1);
		// the refresh has not finished when the value expires
		at(1500);
		assertThat(value.get()).isEqualTo(1);
		assertThat(this.loads).hasValue(1);
		this.background.get(0).run();
		assertThat(value.get()).isEqualTo(2);
		assertThat(this.background).hasSize(1);
	}

	@Test
	void computesNowOnceAFailedRefreshHasEnded() {
		AtomicInteger calls = new AtomicInteger();
		RefreshingValue<Integer> value = new RefreshingValue<>(Duration.ofSeconds(1), () -> {
			if (calls.incrementAndGet() == 2) {
				throw new IllegalStateException("database down");
			}
			return calls.get();
		}, this.nanos::get, this.background::add);
		value.get();
		at(600);
		value.get();
		this.background.get(0).run();
		at(1500);
		// the refresh failed and none runs: the caller computes (and would see the
		// failure)
		assertThat(value.get()).isEqualTo(3);
	}

	@Test
	void countsAgeFromTheStartOfTheLoad() {
		RefreshingValue<Integer> value = slow(Duration.ofMillis(600));
		assertThat(value.get()).isEqualTo(1);
		assertThat(this.nanos).hasValue(Duration.ofMillis(600).toNanos());
		// 1 s after the load started, 400 ms after it ended: held, and a refresh starts
		this.nanos.addAndGet(Duration.ofMillis(400).toNanos());
		assertThat(value.get()).isEqualTo(1);
		assertThat(this.background).hasSize(1);
	}

	@Test
	void neverMakesACallerWaitUnderSteadyUseEvenWhenALoadTakesLongerThanTheTtl() {
		RefreshingValue<Integer> value = slow(Duration.ofSeconds(3));
		assertThat(value.get()).isEqualTo(1);
		for (int round = 2; round <= 5; round++) {
			// a call right after each refresh ended: the held value, the next refresh
			// queued
			assertThat(value.get()).isEqualTo(round - 1);
			assertThat(this.background).hasSize(round - 1);
			this.background.get(round - 2).run();
			assertThat(value.get()).isEqualTo(round);
		}
		// one load on a caller's thread (the first), every other one in the background
		assertThat(this.loads).hasValue(5);
		assertThat(this.background).hasSize(5);
	}

	private RefreshingValue<Integer> slow(Duration loadTime) {
		return new RefreshingValue<>(Duration.ofSeconds(1), () -> {
			this.nanos.addAndGet(loadTime.toNanos());
			return this.loads.incrementAndGet();
		}, this.nanos::get, this.background::add);
	}

	@Test
	void loadsOnEveryCallWithZeroTtlAndAfterInvalidate() {
		RefreshingValue<Integer> uncached = value(Duration.ZERO);
		uncached.get();
		uncached.get();
		assertThat(this.loads).hasValue(2);
		RefreshingValue<Integer> cached = value(Duration.ofSeconds(5));
		cached.get();
		cached.invalidate();
		assertThat(cached.get()).isEqualTo(4);
	}

}
