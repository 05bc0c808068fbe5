package org.nordpark.api.sensor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nordpark.api.system.caching.JsonRenderer;
import org.nordpark.api.system.caching.RenderedJson;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.SensorKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class SensorSnapshotTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant UPDATED = Instant.parse("2025-03-12T08:00:00Z");

	private final AtomicInteger statusCalls = new AtomicInteger();

	private final SensorSnapshot snapshot = new SensorSnapshot(List.of(
			entry("70b3d5e75e000001", SensorKind.PARKING, "P1"), entry("70b3d5e75e000002", SensorKind.PARKING, "P2"),
			entry("70b3d5e75e000003", SensorKind.ENVIRONMENT, "P1"), entry("70b3d5e75e000004", SensorKind.NOISE, null)),
			(entry) -> {
				this.statusCalls.incrementAndGet();
				return new SensorStatus(true, UPDATED, "PT2H", null, null, null, null, null, null, null, null, null,
						null);
			}, new JsonRenderer(JSON, false, DataSize.ofKilobytes(2)));

	private static CatalogEntry entry(String id, SensorKind kind, String zone) {
		return new CatalogEntry(id, "sensor " + id, "test-model", kind, zone, null, null, Map.of(),
				CatalogEntry.Source.MANIFEST, UPDATED);
	}

	@Test
	void judgesEachSensorsStatusOnceWhenMade() {
		this.snapshot.rendered(null, null, false);
		this.snapshot.rendered(SensorKind.PARKING, "P1", true);
		assertThat(this.statusCalls).hasValue(4);
	}

	@Test
	void servesTheSameBytesForTheSameFilterAndFormat() {
		RenderedJson all = this.snapshot.rendered(null, null, false);
		assertThat(this.snapshot.rendered(null, null, false)).isSameAs(all);
		RenderedJson parkingInP1 = this.snapshot.rendered(SensorKind.PARKING, "P1", false);
		assertThat(this.snapshot.rendered(SensorKind.PARKING, "P1", false)).isSameAs(parkingInP1);
		assertThat(this.snapshot.rendered(SensorKind.PARKING, "P1", true)).isNotSameAs(parkingInP1);
		assertThat(parkingInP1.etag()).isNotEqualTo(all.etag());
	}

	@Test
	void keepsNoAnswerForZonesTheCatalogDoesNotHave() {
		RenderedJson unknown = this.snapshot.rendered(null, "P9", false);
		assertThat(this.snapshot.rendered(null, "P9", false)).isNotSameAs(unknown);
		// the same content, so the same tag all the same
		assertThat(this.snapshot.rendered(null, "P9", false).etag()).isEqualTo(unknown.etag());
		assertThat(body(unknown).path("count").asInt()).isZero();
	}

	@Test
	void filtersByKindAndZoneInBothFormats() {
		JsonNode list = body(this.snapshot.rendered(SensorKind.PARKING, null, false));
		assertThat(list.path("count").asInt()).isEqualTo(2);
		assertThat(list.path("sensors").findValuesAsString("sensorId")).containsExactly("70b3d5e75e000001",
				"70b3d5e75e000002");
		JsonNode geo = body(this.snapshot.rendered(null, "P1", true));
		assertThat(geo.path("type").asString()).isEqualTo("FeatureCollection");
		assertThat(geo.path("features").findValuesAsString("id")).containsExactly("70b3d5e75e000001",
				"70b3d5e75e000003");
		assertThat(this.snapshot.rendered(null, "P1", true)
			.response(new MockHttpServletRequest())
			.getHeaders()
			.getContentType()).hasToString("application/geo+json");
	}

	private static JsonNode body(RenderedJson rendered) {
		return JSON.readTree(rendered.response(new MockHttpServletRequest()).getBody());
	}

}
