package org.nordpark.ingest.influx;

import java.time.Duration;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10));

	@RepeatedTest(20)
	void doublesTheCeilingWithEachAttemptAndDrawsFromItsUpperHalf() {
		assertThat(this.backoff.delay(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
		assertThat(this.backoff.delay(2)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
		assertThat(this.backoff.delay(4)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
	}

	@Test
	void neverWaitsLongerThanTheMaximumHoweverManyAttemptsFailed() {
		for (int attempt = 1; attempt < 200; attempt++) {
			assertThat(this.backoff.delay(attempt)).isBetween(Duration.ofMillis(50), Duration.ofSeconds(10));
		}
		assertThat(this.backoff.delay(Integer.MAX_VALUE)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
	}

	@Test
	void spreadsTheDelaysOfInstancesThatFailedTogether() {
		assertThat(java.util.stream.IntStream.range(0, 50).mapToObj((i) -> this.backoff.delay(8)).distinct().count())
			.isGreaterThan(1);
	}

}
