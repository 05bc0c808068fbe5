package org.nordpark.bridge.decoder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import org.junit.jupiter.api.Test;
import org.nordpark.model.CatalogEntry;
import org.nordpark.model.Dims;
import org.nordpark.model.InfluxSchema;
import org.nordpark.model.Observation;
import org.nordpark.model.SensorKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CodecObjectDecoderTests {

	private final CodecObjectDecoder decoder = new CodecObjectDecoder(Map.of("dragino-lht65n",
			new CodecMapping(SensorKind.ENVIRONMENT,
					Map.of("TempC_SHT", InfluxSchema.TEMPERATURE_C, "Hum_SHT", InfluxSchema.RELATIVE_HUMIDITY_PCT,
							"BatV", InfluxSchema.BATTERY_V),
					Map.of()),
			"seeed-sensecap-noise", new CodecMapping(SensorKind.NOISE,
					Map.of("messages.0.0.measurementValue", InfluxSchema.LEQ_DB), Map.of(Dims.WEIGHTING, "A"))));

	@Test
	void mapsNumbersAndNumericStrings() {
		Struct object = Struct.newBuilder()
			.putFields("TempC_SHT", number(1.3))
			.putFields("Hum_SHT", Value.newBuilder().setStringValue("24.2").build())
			.putFields("BatV", number(3.014))
			.putFields("Ext_sensor", Value.newBuilder().setStringValue("Temperature Sensor").build())
			.build();
		assertThat(this.decoder.decode(sensor("dragino-lht65n", SensorKind.ENVIRONMENT), object))
			.containsExactly(Observation.of(Map.of(InfluxSchema.TEMPERATURE_C, 1.3, InfluxSchema.RELATIVE_HUMIDITY_PCT,
					24.2, InfluxSchema.BATTERY_V, 3.014)));
	}

	@Test
	void followsNestedPathsIntoListsAndAddsTheConfiguredDimensions() {
		Value measurement = Value.newBuilder()
			.setStructValue(Struct.newBuilder().putFields("measurementValue", number(61.5)))
			.build();
		Value inner = Value.newBuilder().setListValue(ListValue.newBuilder().addValues(measurement)).build();
		Struct object = Struct.newBuilder()
			.putFields("messages", Value.newBuilder().setListValue(ListValue.newBuilder().addValues(inner)).build())
			.build();
		assertThat(this.decoder.decode(sensor("seeed-sensecap-noise", SensorKind.NOISE), object))
			.containsExactly(new Observation(Map.of(Dims.WEIGHTING, "A"), Map.of(InfluxSchema.LEQ_DB, 61.5)));
	}

	@Test
	void rejectsAMissingCodecObject() {
		assertThatExceptionOfType(DecodingException.class)
			.isThrownBy(() -> this.decoder.decode(sensor("dragino-lht65n", SensorKind.ENVIRONMENT), null))
			.withMessage("uplink has no codec object (no codec in the device profile, or it failed)");
	}

	@Test
	void rejectsNonNumericValues() {
		Struct object = Struct.newBuilder().putFields("BatV", Value.newBuilder().setStringValue("low").build()).build();
		assertThatExceptionOfType(DecodingException.class)
			.isThrownBy(() -> this.decoder.decode(sensor("dragino-lht65n", SensorKind.ENVIRONMENT), object))
			.withMessage("codec object BatV is 'low', not a number");
	}

	@Test
	void refusesMappingsToFieldsNoMeasurementHas() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CodecObjectDecoder(
					Map.of("x", new CodecMapping(SensorKind.PARKING, Map.of("co2", "co2_ppb"), Map.of()))))
			.withMessage("codec mapping of model x maps co2 to field 'co2_ppb', which no measurement of a parking "
					+ "sensor has with dims []");
	}

	@Test
	void keepsAFieldOfAnotherMeasurementInAnObservationOfItsKind() {
		CodecObjectDecoder decoder = new CodecObjectDecoder(Map.of("bay-with-climate", new CodecMapping(
				SensorKind.PARKING, Map.of("occupied", InfluxSchema.OCCUPIED, "co2", InfluxSchema.CO2_PPM), Map.of())));
		Struct object = Struct.newBuilder().putFields("occupied", number(1)).putFields("co2", number(612)).build();
		assertThat(decoder.decode(sensor("bay-with-climate", SensorKind.PARKING), object)).containsExactlyInAnyOrder(
				Observation.of(Map.of(InfluxSchema.OCCUPIED, 1.0)),
				new Observation(SensorKind.ENVIRONMENT, Map.of(), Map.of(InfluxSchema.CO2_PPM, 612.0)));
	}

	/**
	 * The worked example of the README: a ChirpStack codec of a traffic counter whose
	 * object is {@code {"counts": {"carsLeftToRight": 12, "carsRightToLeft": 7, "bikes":
	 * 3}, "battery": 3.6}}; three paths map to {@code count} with their own dims, and
	 * {@code ltr}/{@code rtl} become the sensor's direction labels.
	 */
	@Test
	void mapsSeveralNestedPathsToOneFieldWithPerPathDims() {
		CodecObjectDecoder decoder = new CodecObjectDecoder(Map.of("chirpstack-traffic-counter",
				new CodecMapping(SensorKind.TRAFFIC, Map.of("battery", InfluxSchema.BATTERY_V), Map.of(), List.of(
						new CodecMapping.Value("counts.carsLeftToRight", InfluxSchema.COUNT,
								Map.of(Dims.CLASS, "car", Dims.DIRECTION, "ltr")),
						new CodecMapping.Value("counts.carsRightToLeft", InfluxSchema.COUNT,
								Map.of(Dims.CLASS, "car", Dims.DIRECTION, "rtl")),
						new CodecMapping.Value("counts.bikes", InfluxSchema.COUNT, Map.of(Dims.CLASS, "bicycle"))))));
		Struct counts = Struct.newBuilder()
			.putFields("carsLeftToRight", number(12))
			.putFields("carsRightToLeft", number(7))
			.putFields("bikes", number(3))
			.build();
		Struct object = Struct.newBuilder()
			.putFields("counts", Value.newBuilder().setStructValue(counts).build())
			.putFields("battery", number(3.6))
			.build();
		CatalogEntry counter = new CatalogEntry("0011223344556677", "s", "chirpstack-traffic-counter",
				SensorKind.TRAFFIC, null, null, null, Map.of("ltr", "inbound", "rtl", "outbound"),
				CatalogEntry.Source.CHIRPSTACK, Instant.EPOCH);
		assertThat(decoder.decode(counter, object)).containsExactlyInAnyOrder(
				new Observation(Map.of(Dims.CLASS, "car", Dims.DIRECTION, "inbound"), Map.of(InfluxSchema.COUNT, 12.0)),
				new Observation(Map.of(Dims.CLASS, "car", Dims.DIRECTION, "outbound"), Map.of(InfluxSchema.COUNT, 7.0)),
				new Observation(Map.of(Dims.CLASS, "bicycle"), Map.of(InfluxSchema.COUNT, 3.0)),
				Observation.of(Map.of(InfluxSchema.BATTERY_V, 3.6)));
	}

	@Test
	void followsBracketedListIndexes() {
		CodecObjectDecoder decoder = new CodecObjectDecoder(Map.of("sensecap", new CodecMapping(SensorKind.NOISE,
				Map.of(), Map.of(Dims.WEIGHTING, "A"),
				List.of(new CodecMapping.Value("messages[0][0].measurementValue", InfluxSchema.LEQ_DB, Map.of())))));
		Value measurement = Value.newBuilder()
			.setStructValue(Struct.newBuilder().putFields("measurementValue", number(61.5)))
			.build();
		Value inner = Value.newBuilder().setListValue(ListValue.newBuilder().addValues(measurement)).build();
		Struct object = Struct.newBuilder()
			.putFields("messages", Value.newBuilder().setListValue(ListValue.newBuilder().addValues(inner)).build())
			.build();
		assertThat(decoder.decode(sensor("sensecap", SensorKind.NOISE), object))
			.containsExactly(new Observation(Map.of(Dims.WEIGHTING, "A"), Map.of(InfluxSchema.LEQ_DB, 61.5)));
	}

	@Test
	void refusesTwoPathsForTheSameFieldAndDims() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CodecObjectDecoder(Map.of("x",
					new CodecMapping(SensorKind.TRAFFIC, Map.of(), Map.of(),
							List.of(new CodecMapping.Value("a", InfluxSchema.COUNT, Map.of(Dims.CLASS, "car")),
									new CodecMapping.Value("b", InfluxSchema.COUNT, Map.of(Dims.CLASS, "car")))))))
			.withMessage("codec mapping of model x maps both a and b to field 'count' with dims {class=car}");
	}

	private static Value number(double value) {
		return Value.newBuilder().setNumberValue(value).build();
	}

	private static CatalogEntry sensor(String model, SensorKind kind) {
		return new CatalogEntry("0011223344556677", "s", model, kind, null, null, null, Map.of(),
				CatalogEntry.Source.CHIRPSTACK, Instant.EPOCH);
	}

}
