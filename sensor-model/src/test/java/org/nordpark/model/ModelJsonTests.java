package org.nordpark.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModelJsonTests {

	private static final String DESIGN_EXAMPLE = """
			{
			  "schema": 1,
			  "uplinkId": "5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41",
			  "sensorId": "70b3d5e75e00a1b2",
			  "sensorName": "P3 bay 017",
			  "model": "bosch-tps110",
			  "kind": "parking",
			  "zone": "P3",
			  "time": "2025-03-12T17:05:00.123456789Z",
			  "observations": [ { "dims": {}, "values": { "occupied": 1 } } ],
			  "link": { "rssi": -97, "snr": 6.25, "gateways": 2, "sf": 9, "fCnt": 1432 }
			}
			""";

	@Test
	void readsTheDesignExample() {
		Reading reading = ModelJson.readReading(bytes(DESIGN_EXAMPLE));
		assertThat(reading).isEqualTo(new Reading("5e0b6a3e-7b1c-4f25-9d7e-2f6a1c9b8d41", "70b3d5e75e00a1b2",
				"P3 bay 017", "bosch-tps110", SensorKind.PARKING, "P3", Instant.parse("2025-03-12T17:05:00.123456789Z"),
				List.of(Observation.of(Map.of(InfluxSchema.OCCUPIED, 1.0))), new LinkQuality(-97, 6.25, 2, 9, 1432L)));
	}

	@Test
	void writesWholeNumbersWithoutFractionAndKeepsNanosecondTime() {
		String json = new String(ModelJson.write(ModelJson.readReading(bytes(DESIGN_EXAMPLE))), StandardCharsets.UTF_8);
		assertThat(json).contains("\"values\":{\"occupied\":1}")
			.contains("\"time\":\"2025-03-12T17:05:00.123456789Z\"")
			.contains("\"kind\":\"parking\"")
			.contains("\"fCnt\":1432")
			.contains("\"snr\":6.25");
	}

	@Test
	void roundTripsEveryShape() {
		Reading traffic = new Reading("dedup-1", "0011223344556677", null, "parametric-tcr", SensorKind.TRAFFIC, null,
				Instant.parse("2026-01-01T00:00:00Z"),
				List.of(new Observation(Map.of(Dims.CLASS, "car", Dims.DIRECTION, "inbound"),
						Map.of(InfluxSchema.COUNT, 12.0, InfluxSchema.AVG_SPEED_KMH, 31.5))),
				LinkQuality.UNKNOWN);
		Reading linkOnly = new Reading("dedup-2", "0011223344556677", "x", "m", SensorKind.DEVICE, "Z1",
				Instant.parse("2026-01-01T00:00:00.5Z"), List.of(), null);
		for (Reading reading : List.of(traffic, linkOnly)) {
			assertThat(ModelJson.readReading(ModelJson.write(reading))).isEqualTo(reading);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			uplinkId     | uplinkId is required
			sensorId     | sensorId is required
			kind         | kind is required
			time         | time is required
			observations | observations is required
			schema       | schema is required
			""")
	void rejectsAMissingRequiredFieldNamingIt(String field, String reason) {
		String json = DESIGN_EXAMPLE.replace("\"" + field + "\"", "\"removed\"");
		assertThatExceptionOfType(InvalidMessageException.class).isThrownBy(() -> ModelJson.readReading(bytes(json)))
			.withMessage("invalid reading: " + reason);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					"occupied": 1                  | "occupied": "1"                  | occupied
					"kind": "parking"              | "kind": "submarine"              | unknown sensor kind 'submarine'
					"sensorId": "70b3d5e75e00a1b2" | "sensorId": "70B3D5E75E00A1B2#" | sensorId must be 16 lower-case hex characters
					"schema": 1                    | "schema": 3                      | schema 3 is not supported
					"occupied": 1                  | "occupied": 1e400                | must be a finite number
					"dims": {}                     | "dims": {"colour": "red"}        | unknown dimension 'colour'
					"zone": "P3"                   | "zone": "P3' OR 1=1"             | zone 'P3' OR 1=1' is not a valid label
					""")
	void rejectsInvalidValuesWithAClearReason(String from, String to, String reason) {
		String json = DESIGN_EXAMPLE.replace(from, to);
		assertThat(json).isNotEqualTo(DESIGN_EXAMPLE);
		assertThatExceptionOfType(InvalidMessageException.class).isThrownBy(() -> ModelJson.readReading(bytes(json)))
			.withMessageStartingWith("invalid reading: ")
			.withMessageContaining(reason);
	}

	@Test
	void carriesObservationsOfSeveralMeasurementsInSchema2() {
		Reading sound = new Reading("dedup-3", "0011223344556677", "ERS Sound", "elsys-ers", SensorKind.ENVIRONMENT,
				"park", Instant.parse("2026-01-01T00:00:00Z"),
				List.of(Observation.of(Map.of(InfluxSchema.TEMPERATURE_C, 22.6)), new Observation(SensorKind.NOISE,
						Map.of(Dims.WEIGHTING, "A"), Map.of(InfluxSchema.LEQ_DB, 55.0, InfluxSchema.MAX_DB, 75.0))),
				null);
		String json = new String(ModelJson.write(sound), StandardCharsets.UTF_8);
		assertThat(json).contains("\"schema\":2")
			.contains("{\"kind\":\"noise\",\"dims\":{\"weighting\":\"A\"}")
			.contains("{\"dims\":{},\"values\":{\"temperature_c\":22.6}}");
		assertThat(ModelJson.readReading(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(sound);
		assertThat(sound.kinds()).containsExactly(SensorKind.ENVIRONMENT, SensorKind.NOISE);
	}

	@Test
	void writesSchema1WhileEveryObservationIsOfTheReadingsKind() {
		Reading reading = ModelJson.readReading(bytes(DESIGN_EXAMPLE));
		assertThat(reading.schema()).isEqualTo(1);
		assertThat(new String(ModelJson.write(reading), StandardCharsets.UTF_8)).contains("\"schema\":1")
			.doesNotContain("\"kind\":\"parking\",\"dims\"");
	}

	@Test
	void rejectsASchema1ReadingWithObservationsOfAnotherKind() {
		String json = DESIGN_EXAMPLE.replace("{ \"dims\": {}", "{ \"kind\": \"noise\", \"dims\": {}");
		assertThatExceptionOfType(InvalidMessageException.class).isThrownBy(() -> ModelJson.readReading(bytes(json)))
			.withMessage("invalid reading: schema 1 readings carry observations of their own kind only, "
					+ "found noise (write schema 2)");
	}

	@Test
	void rejectsSomethingThatIsNotJson() {
		assertThatExceptionOfType(InvalidMessageException.class)
			.isThrownBy(() -> ModelJson.readReading(bytes("{\"schema\": 1, ")))
			.withMessageStartingWith("invalid reading: ");
		assertThatExceptionOfType(InvalidMessageException.class).isThrownBy(() -> ModelJson.readReading(bytes("")))
			.withMessageStartingWith("invalid reading: ");
	}

	@Test
	void roundTripsCatalogEntriesAndDeadLetters() {
		CatalogEntry entry = new CatalogEntry("70b3d5e75e00a1b2", "P3 bay 017", "bosch-tps110", SensorKind.PARKING,
				"P3", 51.1745, 6.3857, Map.of("section", "ev"), CatalogEntry.Source.MANIFEST,
				Instant.parse("2026-01-01T00:00:00Z"));
		assertThat(ModelJson.readCatalogEntry(ModelJson.write(entry))).isEqualTo(entry);
		assertThat(new String(ModelJson.write(entry), StandardCharsets.UTF_8)).contains("\"source\":\"manifest\"");

		DeadLetter letter = DeadLetter.of("bridge", "data: invalid base64", "application/a/device/b/event/up",
				Instant.parse("2026-01-01T00:00:00Z"), new byte[] { 1, 2, (byte) 0xff });
		DeadLetter back = ModelJson.readDeadLetter(ModelJson.write(letter));
		assertThat(back).isEqualTo(letter);
		assertThat(back.payload()).containsExactly(1, 2, 0xff);
	}

	@Test
	void catalogEntryRejectsMissingName() {
		String json = "{\"sensorId\":\"70b3d5e75e00a1b2\",\"model\":\"m\",\"kind\":\"bin\",\"source\":\"manifest\","
				+ "\"updatedAt\":\"2026-01-01T00:00:00Z\"}";
		assertThatExceptionOfType(InvalidMessageException.class)
			.isThrownBy(() -> ModelJson.readCatalogEntry(bytes(json)))
			.withMessage("invalid catalog entry: name is required");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
