package org.nordpark.api.sensor;

import org.junit.jupiter.api.Test;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.SensorKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Which measurement answers a field of a sensor: a sensor may measure several things. */
class SensorMeasurementsTests {

	@Test
	void findsTheNoiseOfAnEnvironmentSensor() {
		assertThat(SensorReader.measurementOf(SensorKind.ENVIRONMENT, InfluxSchema.LEQ_DB))
			.contains(InfluxSchema.NOISE);
		assertThat(SensorReader.measurementOf(SensorKind.NOISE, InfluxSchema.TEMPERATURE_C))
			.contains(InfluxSchema.ENVIRONMENT);
	}

	@Test
	void prefersTheSensorsOwnMeasurementThenDeviceAndLink() {
		assertThat(SensorReader.measurementOf(SensorKind.TRAFFIC, InfluxSchema.COUNT)).contains(InfluxSchema.TRAFFIC);
		assertThat(SensorReader.measurementOf(SensorKind.PEOPLE, InfluxSchema.COUNT)).contains(InfluxSchema.PEOPLE);
		assertThat(SensorReader.measurementOf(SensorKind.NOISE, InfluxSchema.BATTERY_V)).contains(InfluxSchema.DEVICE);
		assertThat(SensorReader.measurementOf(SensorKind.NOISE, InfluxSchema.RSSI_DBM)).contains(InfluxSchema.LINK);
	}

	@Test
	void leavesAFieldOfTwoOtherMeasurementsUnanswered() {
		// count is a traffic and a people field: an environment sensor cannot say which
		assertThat(SensorReader.measurementOf(SensorKind.ENVIRONMENT, InfluxSchema.COUNT)).isEmpty();
		assertThat(SensorReader.fields(SensorKind.ENVIRONMENT)).contains(InfluxSchema.LEQ_DB, InfluxSchema.RSSI_DBM)
			.doesNotContain(InfluxSchema.COUNT);
	}

	@Test
	void readsTheLatestValuesOfEveryMeasurementOwnFirst() {
		assertThat(SensorReader.measurements(SensorKind.ENVIRONMENT))
			.startsWith(InfluxSchema.ENVIRONMENT, InfluxSchema.DEVICE, InfluxSchema.LINK)
			.contains(InfluxSchema.NOISE)
			.hasSize(InfluxSchema.measurements().size());
	}

}
