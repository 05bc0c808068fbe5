package org.nordpark.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTests {

	@Test
	void buildsTheDesignTopics() {
		assertThat(Topics.readings(SensorKind.PARKING, "70b3d5e75e00a1b2"))
			.isEqualTo("nordpark/v1/readings/parking/70b3d5e75e00a1b2");
		assertThat(Topics.readingsFilter(SensorKind.NOISE)).isEqualTo("nordpark/v1/readings/noise/+");
		assertThat(Topics.readingsFilter(null)).isEqualTo("nordpark/v1/readings/#");
		assertThat(Topics.sensor("70b3d5e75e00a1b2")).isEqualTo("nordpark/v1/sensors/70b3d5e75e00a1b2");
		assertThat(Topics.deadLetter("bridge")).isEqualTo("nordpark/v1/deadletter/bridge");
		// outside the per-sensor tree, so subscribers of readings/# never see a batch
		assertThat(Topics.READING_BATCHES).isEqualTo("nordpark/v1/batches/readings")
			.doesNotStartWith("nordpark/v1/readings/");
	}

	@Test
	void readsTheSensorIdOfACatalogTopic() {
		assertThat(Topics.sensorIdOfCatalogTopic("nordpark/v1/sensors/70b3d5e75e00a1b2")).hasValue("70b3d5e75e00a1b2");
		assertThat(Topics.sensorIdOfCatalogTopic("nordpark/v1/sensors/../x")).isEmpty();
		assertThat(Topics.sensorIdOfCatalogTopic("other/70b3d5e75e00a1b2")).isEmpty();
	}

	@Test
	void normalisesDevEuis() {
		assertThat(DevEui.of("70-B3-D5-E7-5E-00-A1-B2").value()).isEqualTo("70b3d5e75e00a1b2");
		assertThat(DevEui.isSensorId("70b3d5e75e00a1b2")).isTrue();
		assertThat(DevEui.isSensorId("70B3D5E75E00A1B2")).isFalse();
	}

}
