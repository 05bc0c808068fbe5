package org.nordpark.api.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.api.influx.InfluxProperties;
import org.nordpark.api.query.QueryProperties;
import org.nordpark.api.stream.StreamProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class PropertiesBindingTests {

	@Test
	void bindsDefaults() {
		Binder binder = new Binder(new MapConfigurationPropertySource(Map.of()));
		ApiProperties api = binder.bindOrCreate("nordpark.api", ApiProperties.class);
		assertThat(api.hasApiKey()).isFalse();
		assertThat(api.siteManifest()).isEqualTo(Path.of("config/nordpark-site.yaml"));
		assertThat(api.cacheTtl()).isEqualTo(Duration.ofSeconds(5));
		assertThat(api.cors().allowedOrigins()).containsExactly("*");
		QueryProperties query = binder.bindOrCreate("nordpark.api.query", QueryProperties.class);
		assertThat(query.maxPoints()).isEqualTo(5000);
		assertThat(query.maxRange()).isEqualTo(Duration.ofDays(400));
		assertThat(query.hourlyAfter()).isEqualTo(Duration.ofDays(3));
		InfluxProperties influx = binder.bindOrCreate("nordpark.influx", InfluxProperties.class);
		assertThat(influx.database()).isEqualTo("nordpark");
		assertThat(influx.url().toString()).isEqualTo("http://127.0.0.1:8086");
	}

	@Test
	void bindsConfiguredValuesAndMasksSecrets() {
		Binder binder = new Binder(new MapConfigurationPropertySource(
				Map.of("nordpark.api.api-key", "k", "nordpark.api.cors.allowed-origins",
						"https://a.example,https://b.example", "nordpark.api.query.max-points", "100",
						"nordpark.influx.password", "pw", "nordpark.api.stream.heartbeat", "5s")));
		ApiProperties api = binder.bindOrCreate("nordpark.api", ApiProperties.class);
		assertThat(api.hasApiKey()).isTrue();
		assertThat(api.cors().allowedOrigins()).isEqualTo(List.of("https://a.example", "https://b.example"));
		assertThat(binder.bindOrCreate("nordpark.api.query", QueryProperties.class).maxPoints()).isEqualTo(100);
		InfluxProperties influx = binder.bindOrCreate("nordpark.influx", InfluxProperties.class);
		assertThat(influx.password()).isEqualTo("pw");
		assertThat(influx.toString()).doesNotContain("pw");
		assertThat(binder.bindOrCreate("nordpark.api.stream", StreamProperties.class).heartbeat())
			.isEqualTo(Duration.ofSeconds(5));
	}

}
