package org.nordpark.api.sensor;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.SensorKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Which measurement answers a field of a sensor: a sensor may measure several things. */
class SensorMeasurementsTests {

	private static final CatalogEntry ERS_SOUND = entry("elsys-ers", SensorKind.ENVIRONMENT);

	@Test
	void findsTheNoiseOfAnEnvironmentSensorWhoseModelMeasuresIt() {
		assertThat(SensorReader.measurementOf(ERS_SOUND, InfluxSchema.LEQ_DB)).contains(InfluxSchema.NOISE);
		assertThat(SensorReader.measurementOf(entry("elsys-ers", SensorKind.NOISE), InfluxSchema.TEMPERATURE_C))
			.contains(InfluxSchema.ENVIRONMENT);
	}

	@Test
	void prefersTheSensorsOwnMeasurementThenDeviceAndLink() {
		assertThat(SensorReader.measurementOf(entry("parametric-tcr", SensorKind.TRAFFIC), InfluxSchema.COUNT))
			.contains(InfluxSchema.TRAFFIC);
		assertThat(SensorReader.measurementOf(entry("parametric-pcr2", SensorKind.PEOPLE), InfluxSchema.COUNT))
			.contains(InfluxSchema.PEOPLE);
		assertThat(SensorReader.measurementOf(ERS_SOUND, InfluxSchema.BATTERY_V)).contains(InfluxSchema.DEVICE);
		assertThat(SensorReader.measurementOf(ERS_SOUND, InfluxSchema.RSSI_DBM)).contains(InfluxSchema.LINK);
	}

	@Test
	void refusesAFieldTheModelCannotMeasureOrTwoMeasurementsHold() {
		assertThat(SensorReader.measurementOf(entry("bosch-tps110", SensorKind.PARKING), InfluxSchema.CO2_PPM))
			.isEmpty();
		// count is a traffic and a people field: a sensor of another kind cannot say
		// which
		assertThat(SensorReader.measurementOf(entry("dragino-lht65n", SensorKind.ENVIRONMENT), InfluxSchema.COUNT))
			.isEmpty();
		assertThat(SensorReader.fields(ERS_SOUND)).contains(InfluxSchema.LEQ_DB, InfluxSchema.RSSI_DBM)
			.doesNotContain(InfluxSchema.COUNT, InfluxSchema.AVG_SPEED_KMH);
	}

	@Test
	void readsTheLatestValuesOfEveryMeasurementTheModelCanFillOwnFirst() {
		assertThat(SensorReader.measurements(ERS_SOUND))
			.startsWith(InfluxSchema.ENVIRONMENT, InfluxSchema.DEVICE, InfluxSchema.LINK)
			.contains(InfluxSchema.NOISE)
			.doesNotContain(InfluxSchema.TRAFFIC);
		// a model without a native decoder may have a codec mapping naming any
		// measurement
		assertThat(SensorReader.measurements(entry("dragino-lht65n", SensorKind.ENVIRONMENT)))
			.hasSize(InfluxSchema.measurements().size());
	}

	private static CatalogEntry entry(String model, SensorKind kind) {
		return new CatalogEntry("70b3d5e75e00a1b2", "sensor", model, kind, "P1", null, null, Map.of(),
				CatalogEntry.Source.MANIFEST, Instant.EPOCH);
	}

}
