package org.nordpark.bridge.decoder;

import java.time.Instant;
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
	void refusesMappingsToFieldsTheKindDoesNotHave() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CodecObjectDecoder(
					Map.of("x", new CodecMapping(SensorKind.PARKING, Map.of("co2", InfluxSchema.CO2_PPM), Map.of()))))
			.withMessage("codec mapping of model x maps to field 'co2_ppm', which parking readings do not have");
	}

	private static Value number(double value) {
		return Value.newBuilder().setNumberValue(value).build();
	}

	private static CatalogEntry sensor(String model, SensorKind kind) {
		return new CatalogEntry("0011223344556677", "s", model, kind, null, null, null, Map.of(),
				CatalogEntry.Source.CHIRPSTACK, Instant.EPOCH);
	}

}
