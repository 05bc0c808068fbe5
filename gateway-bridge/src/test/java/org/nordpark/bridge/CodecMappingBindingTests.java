package org.nordpark.bridge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.bridge.decoder.CodecMapping;
import org.nordpark.model.SensorKind;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Codec mappings bind from YAML in the old form and in the form with several paths. */
class CodecMappingBindingTests {

	@Test
	void bindsTheOldFormWithBracketedKeysAsTheBenchHarnessWritesIt() throws IOException {
		BridgeProperties properties = bind("""
				nordpark:
				  bridge:
				    codec-mappings:
				      "[bench-traffic-counter]":
				        kind: traffic
				        fields:
				          "[carsLeftToRight]": count
				        dims:
				          class: car
				          direction: ltr
				""");
		assertThat(properties.codecMappings()).containsOnlyKeys("bench-traffic-counter");
		CodecMapping mapping = properties.codecMappings().get("bench-traffic-counter");
		assertThat(mapping.kind()).isEqualTo(SensorKind.TRAFFIC);
		assertThat(mapping.fields()).isEqualTo(Map.of("carsLeftToRight", "count"));
		assertThat(mapping.dims()).isEqualTo(Map.of("class", "car", "direction", "ltr"));
		assertThat(mapping.values()).isEmpty();
	}

	@Test
	void bindsSeveralPathsToOneFieldWithPerPathDimsAndNestedPaths() throws IOException {
		BridgeProperties properties = bind("""
				nordpark:
				  bridge:
				    codec-mappings:
				      chirpstack-traffic-counter:
				        kind: traffic
				        fields:
				          battery: battery_v
				        values:
				          - path: counts.carsLeftToRight
				            field: count
				            dims: { class: car, direction: ltr }
				          - path: counts.carsRightToLeft
				            field: count
				            dims: { class: car, direction: rtl }
				          - path: counts.bikes
				            field: count
				            dims: { class: bicycle }
				""");
		CodecMapping mapping = properties.codecMappings().get("chirpstack-traffic-counter");
		assertThat(mapping.fields()).isEqualTo(Map.of("battery", "battery_v"));
		assertThat(mapping.values()).containsExactly(
				new CodecMapping.Value("counts.carsLeftToRight", "count", Map.of("class", "car", "direction", "ltr")),
				new CodecMapping.Value("counts.carsRightToLeft", "count", Map.of("class", "car", "direction", "rtl")),
				new CodecMapping.Value("counts.bikes", "count", Map.of("class", "bicycle")));
	}

	@Test
	void bindsNestedYamlKeysOfTheOldFormAsADottedPath() throws IOException {
		BridgeProperties properties = bind("""
				nordpark:
				  bridge:
				    codec-mappings:
				      "[lht]":
				        kind: environment
				        fields:
				          "[sensor.TempC_SHT]": temperature_c
				          sensor:
				            "[Hum_SHT]": relative_humidity_pct
				""");
		assertThat(properties.codecMappings().get("lht").fields())
			.isEqualTo(Map.of("sensor.TempC_SHT", "temperature_c", "sensor.Hum_SHT", "relative_humidity_pct"));
	}

	private static BridgeProperties bind(String yaml) throws IOException {
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("test",
				new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));
		StandardEnvironment environment = new StandardEnvironment();
		sources.forEach(environment.getPropertySources()::addFirst);
		return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("nordpark.bridge",
				BridgeProperties.class);
	}

}
