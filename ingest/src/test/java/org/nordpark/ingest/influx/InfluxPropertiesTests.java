package org.nordpark.ingest.influx;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InfluxPropertiesTests {

	@Test
	void bindsDefaultsForEverythingNotSet() {
		InfluxProperties properties = TestInflux.properties("http://influx:8086", "nordpark", Map.of());

		assertThat(properties.database()).isEqualTo("nordpark");
		assertThat(properties.rawRetention()).isEqualTo(Duration.ofDays(30));
		assertThat(properties.hourlyRetention()).isZero();
		assertThat(properties.batchSize()).isEqualTo(5000);
		assertThat(properties.batchMaxAge()).isEqualTo(Duration.ofMillis(100));
		assertThat(properties.maxInFlight()).isEqualTo(20000);
		assertThat(properties.gzip()).isTrue();
		assertThat(properties.hasCredentials()).isFalse();
	}

	@Test
	void bindsDurationsWithUnitsAndKeepsThePasswordOutOfToString() {
		InfluxProperties properties = TestInflux.properties("http://influx:8086", "city",
				Map.of("raw-retention", "90d", "batch-max-age", "1s", "username", "ingest", "password", "s3cret"));

		assertThat(properties.rawRetention()).isEqualTo(Duration.ofDays(90));
		assertThat(properties.batchMaxAge()).isEqualTo(Duration.ofSeconds(1));
		assertThat(properties.hasCredentials()).isTrue();
		assertThat(properties.toString()).doesNotContain("s3cret").contains("******");
	}

	@Test
	void refusesARawRetentionShorterThanAnHour() {
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> TestInflux.properties("http://influx:8086", "nordpark", Map.of("raw-retention", "10m")))
			.havingRootCause()
			.withMessageContaining("raw-retention");
	}

}
