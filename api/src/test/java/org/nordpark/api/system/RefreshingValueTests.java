package org.nordpark.api.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshingValueTests {

	private final AtomicLong nanos = new AtomicLong();

	private final AtomicInteger loads = new AtomicInteger();

	@Test
	void servesTheHeldValueWithinTheTtlAndReloadsAfterIt() {
		RefreshingValue<Integer> value = new RefreshingValue<>(Duration.ofSeconds(1), this.loads::incrementAndGet,
				this.nanos::get);
		assertThat(value.get()).isEqualTo(1);
		this.nanos.set(Duration.ofMillis(999).toNanos());
		assertThat(value.get()).isEqualTo(1);
		this.nanos.set(Duration.ofMillis(1000).toNanos());
		assertThat(value.get()).isEqualTo(2);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void countsAgeFromTheStartOfTheLoad() {
		RefreshingValue<Integer> value = new RefreshingValue<>(Duration.ofSeconds(1), () -> {
			this.nanos.addAndGet(Duration.ofMillis(600).toNanos());
			return this.loads.incrementAndGet();
		}, this.nanos::get);
		assertThat(value.get()).isEqualTo(1);
		this.nanos.addAndGet(Duration.ofMillis(400).toNanos());
		assertThat(value.get()).isEqualTo(2);
	}

	@Test
	void loadsOnEveryCallWithZeroTtlAndAfterInvalidate() {
		RefreshingValue<Integer> uncached = new RefreshingValue<>(Duration.ZERO, this.loads::incrementAndGet,
				this.nanos::get);
		uncached.get();
		uncached.get();
		assertThat(this.loads).hasValue(2);
		RefreshingValue<Integer> cached = new RefreshingValue<>(Duration.ofSeconds(5), this.loads::incrementAndGet,
				this.nanos::get);
		cached.get();
		cached.invalidate();
		assertThat(cached.get()).isEqualTo(4);
	}

}
