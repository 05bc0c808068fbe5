package org.nordpark.model;

import org.junit.jupiter.api.Test;
import org.nordpark.model.InfluxSchema.FieldType;

import static org.assertj.core.api.Assertions.assertThat;

class InfluxSchemaTests {

	@Test
	void countsAreIntegersAndMeasuresFloats() {
		assertThat(InfluxSchema.PARKING.fieldType(InfluxSchema.OCCUPIED)).hasValue(FieldType.INTEGER);
		assertThat(InfluxSchema.TRAFFIC.fieldType(InfluxSchema.COUNT)).hasValue(FieldType.INTEGER);
		assertThat(InfluxSchema.TRAFFIC.fieldType(InfluxSchema.AVG_SPEED_KMH)).hasValue(FieldType.FLOAT);
		assertThat(InfluxSchema.LINK.fieldType(InfluxSchema.F_CNT)).hasValue(FieldType.INTEGER);
		assertThat(InfluxSchema.ENVIRONMENT.fieldType(InfluxSchema.CO2_PPM)).hasValue(FieldType.FLOAT);
	}

	@Test
	void routesDeviceHealthValuesOfAnyKindToTheDeviceMeasurement() {
		assertThat(InfluxSchema.forField(SensorKind.PARKING, InfluxSchema.OCCUPIED)).hasValue(InfluxSchema.PARKING);
		assertThat(InfluxSchema.forField(SensorKind.PARKING, InfluxSchema.DEVICE_TEMPERATURE_C))
			.hasValue(InfluxSchema.DEVICE);
		assertThat(InfluxSchema.forField(SensorKind.TRAFFIC, InfluxSchema.BATTERY_V)).hasValue(InfluxSchema.DEVICE);
		assertThat(InfluxSchema.forField(SensorKind.PARKING, InfluxSchema.CO2_PPM)).isEmpty();
	}

	@Test
	void hasOneMeasurementPerKindPlusLink() {
		for (SensorKind kind : SensorKind.values()) {
			assertThat(InfluxSchema.forKind(kind).name()).isEqualTo(kind.id());
		}
		assertThat(InfluxSchema.measurements()).hasSize(SensorKind.values().length + 1).contains(InfluxSchema.LINK);
		assertThat(InfluxSchema.measurement("noise")).hasValue(InfluxSchema.NOISE);
	}

	@Test
	void tagsNeverIncludeUnboundedValues() {
		for (InfluxSchema.Measurement measurement : InfluxSchema.measurements()) {
			assertThat(measurement.tags()).doesNotContain("uplink_id", "f_cnt", "gateway_id")
				.startsWith(InfluxSchema.TAG_SENSOR_ID, InfluxSchema.TAG_ZONE);
		}
	}

	@Test
	void rollsCountsUpAsSumsMeasuresAsMeanAndMaxAndOccupancyAsRate() {
		assertThat(InfluxSchema.rollups(InfluxSchema.TRAFFIC)).containsExactly(
				new InfluxSchema.Rollup(InfluxSchema.Aggregate.SUM, "count", "count"),
				new InfluxSchema.Rollup(InfluxSchema.Aggregate.MEAN, "avg_speed_kmh", "avg_speed_kmh"),
				new InfluxSchema.Rollup(InfluxSchema.Aggregate.MAX, "avg_speed_kmh", "avg_speed_kmh_max"));
		assertThat(InfluxSchema.rollups(InfluxSchema.PARKING))
			.containsExactly(new InfluxSchema.Rollup(InfluxSchema.Aggregate.MEAN, "occupied", "occupied"));
		assertThat(InfluxSchema.rollups(InfluxSchema.PEOPLE)).containsExactly(
				new InfluxSchema.Rollup(InfluxSchema.Aggregate.SUM, "count", "count"),
				new InfluxSchema.Rollup(InfluxSchema.Aggregate.MAX, "total", "total"));
		assertThat(InfluxSchema.rollups(InfluxSchema.LINK))
			.contains(new InfluxSchema.Rollup(InfluxSchema.Aggregate.COUNT, "f_cnt", "uplinks"))
			.contains(new InfluxSchema.Rollup(InfluxSchema.Aggregate.MEAN, "rssi_dbm", "rssi_dbm"));
	}

}
