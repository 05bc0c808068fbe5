package org.nordpark.api.system;

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
	void neverServesAValueOlderThanTheTtl() {
		RefreshingValue<Integer> value = value(Duration.ofSeconds(1));
		value.get();
		at(1000);
		// expired: computed now, not served stale while a refresh runs
		assertThat(value.get()).isEqualTo(2);
		assertThat(this.background).isEmpty();
	}

	@Test
	void countsAgeFromTheStartOfTheLoad() {
		RefreshingValue<Integer> value = new RefreshingValue<>(Duration.ofSeconds(1), () -> {
			this.nanos.addAndGet(Duration.ofMillis(600).toNanos());
			return this.loads.incrementAndGet();
		}, this.nanos::get, this.background::add);
		assertThat(value.get()).isEqualTo(1);
		this.nanos.addAndGet(Duration.ofMillis(400).toNanos());
		assertThat(value.get()).isEqualTo(2);
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
