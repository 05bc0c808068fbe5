package org.nordpark.model;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes and reads a {@link Reading} with Jackson's streaming API, the JSON of design §4
 * without data binding: a reading is written and read once per uplink by the bridge,
 * ingest and the api, and binding records through their creators cost more than the
 * parsing itself (docs/performance.md).
 * <p>
 * {@link #write} produces exactly the bytes data binding produces. {@link #read} takes
 * the shape the contract describes; anything it is not sure about — a token of another
 * type, a field given twice, a value a constructor refuses, a time {@link Instant#parse}
 * cannot read — raises {@link Fallback}, and {@link ModelJson} leaves the document to
 * data binding, the authority for what is accepted and for the reason of a rejection.
 */
final class ReadingCodec {

	private static final JsonFactory FACTORY = new JsonFactory();

	private ReadingCodec() {
	}

	/** The document is not of the plain shape; data binding decides. */
	static final class Fallback extends Exception {

		Fallback() {
			super(null, null, false, false);
		}

	}

	private static final Fallback FALLBACK = new Fallback();

	static byte[] write(Reading reading) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(512);
		try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
			generator.writeStartObject();
			generator.writeNumberProperty("schema", reading.schema());
			generator.writeStringProperty("uplinkId", reading.uplinkId());
			generator.writeStringProperty("sensorId", reading.sensorId());
			writeOptional(generator, "sensorName", reading.sensorName());
			writeOptional(generator, "model", reading.model());
			generator.writeStringProperty("kind", reading.kind().id());
			writeOptional(generator, "zone", reading.zone());
			generator.writeStringProperty("time", DateTimeFormatter.ISO_INSTANT.format(reading.time()));
			generator.writeName("observations");
			generator.writeStartArray();
			for (Observation observation : reading.observations()) {
				writeObservation(generator, observation);
			}
			generator.writeEndArray();
			LinkQuality link = reading.link();
			if (link != null) {
				generator.writeName("link");
				writeLink(generator, link);
			}
			generator.writeEndObject();
		}
		return out.toByteArray();
	}

	private static void writeOptional(JsonGenerator generator, String name, @Nullable String value) {
		if (value != null) {
			generator.writeStringProperty(name, value);
		}
	}

	private static void writeObservation(JsonGenerator generator, Observation observation) {
		generator.writeStartObject();
		if (observation.kind() != null) {
			generator.writeStringProperty("kind", observation.kind().id());
		}
		generator.writeName("dims");
		generator.writeStartObject();
		for (Map.Entry<String, String> dim : observation.dims().entrySet()) {
			generator.writeStringProperty(dim.getKey(), dim.getValue());
		}
		generator.writeEndObject();
		generator.writeName("values");
		generator.writeStartObject();
		for (Map.Entry<String, Double> value : observation.values().entrySet()) {
			generator.writeName(value.getKey());
			NumberValueSerializer.write(value.getValue(), generator);
		}
		generator.writeEndObject();
		generator.writeEndObject();
	}

	private static void writeLink(JsonGenerator generator, LinkQuality link) {
		generator.writeStartObject();
		if (link.rssi() != null) {
			generator.writeNumberProperty("rssi", link.rssi());
		}
		if (link.snr() != null) {
			generator.writeNumberProperty("snr", link.snr());
		}
		if (link.gateways() != null) {
			generator.writeNumberProperty("gateways", link.gateways());
		}
		if (link.sf() != null) {
			generator.writeNumberProperty("sf", link.sf());
		}
		if (link.fCnt() != null) {
			generator.writeNumberProperty("fCnt", link.fCnt());
		}
		generator.writeEndObject();
	}

	/** Reads a reading of the plain shape, or gives up with {@link Fallback}. */
	static Reading read(byte[] json) throws Fallback {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
			expect(parser.nextToken(), JsonToken.START_OBJECT);
			Integer schema = null;
			String uplinkId = null;
			String sensorId = null;
			String sensorName = null;
			String model = null;
			SensorKind kind = null;
			String zone = null;
			Instant time = null;
			List<Observation> observations = null;
			LinkQuality link = null;
			int seen = 0;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken token = parser.nextToken();
				int bit;
				switch (name) {
					case "schema" -> {
						bit = 1;
						schema = integer(parser, token);
					}
					case "uplinkId" -> {
						bit = 2;
						uplinkId = string(parser, token);
					}
					case "sensorId" -> {
						bit = 4;
						sensorId = string(parser, token);
					}
					case "sensorName" -> {
						bit = 8;
						sensorName = optionalString(parser, token);
					}
					case "model" -> {
						bit = 16;
						model = optionalString(parser, token);
					}
					case "kind" -> {
						bit = 32;
						kind = kind(parser, token);
					}
					case "zone" -> {
						bit = 64;
						zone = optionalString(parser, token);
					}
					case "time" -> {
						bit = 128;
						time = time(parser, token);
					}
					case "observations" -> {
						bit = 256;
						observations = observations(parser, token);
					}
					case "link" -> {
						bit = 512;
						link = (token == JsonToken.VALUE_NULL) ? null : link(parser, token);
					}
					default -> {
						bit = 0;
						parser.skipChildren();
					}
				}
				seen = once(seen, bit);
			}
			expect(parser.currentToken(), JsonToken.END_OBJECT);
			if (parser.nextToken() != null) {
				throw FALLBACK;
			}
			return new Reading(schema, uplinkId, sensorId, sensorName, model, kind, zone, time, observations, link);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw FALLBACK;
		}
	}

	private static List<Observation> observations(JsonParser parser, JsonToken token) throws Fallback {
		expect(token, JsonToken.START_ARRAY);
		List<Observation> observations = new ArrayList<>(2);
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			expect(parser.currentToken(), JsonToken.START_OBJECT);
			SensorKind kind = null;
			Map<String, String> dims = null;
			Map<String, Double> values = null;
			int seen = 0;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				int bit;
				switch (name) {
					case "kind" -> {
						bit = 1;
						kind = (value == JsonToken.VALUE_NULL) ? null : kind(parser, value);
					}
					case "dims" -> {
						bit = 2;
						dims = dims(parser, value);
					}
					case "values" -> {
						bit = 4;
						values = values(parser, value);
					}
					default -> {
						bit = 0;
						parser.skipChildren();
					}
				}
				seen = once(seen, bit);
			}
			observations.add(new Observation(kind, dims, values));
		}
		return observations;
	}

	private static Map<String, String> dims(JsonParser parser, JsonToken token) throws Fallback {
		expect(token, JsonToken.START_OBJECT);
		Map<String, String> dims = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			if (dims.put(name, string(parser, parser.nextToken())) != null) {
				throw FALLBACK;
			}
		}
		return dims;
	}

	private static Map<String, Double> values(JsonParser parser, JsonToken token) throws Fallback {
		expect(token, JsonToken.START_OBJECT);
		Map<String, Double> values = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			if (values.put(name, decimal(parser, parser.nextToken())) != null) {
				throw FALLBACK;
			}
		}
		return values;
	}

	private static LinkQuality link(JsonParser parser, JsonToken token) throws Fallback {
		expect(token, JsonToken.START_OBJECT);
		Integer rssi = null;
		Double snr = null;
		Integer gateways = null;
		Integer sf = null;
		Long fCnt = null;
		int seen = 0;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			int bit;
			switch (name) {
				case "rssi" -> {
					bit = 1;
					rssi = optionalInteger(parser, value);
				}
				case "snr" -> {
					bit = 2;
					snr = (value == JsonToken.VALUE_NULL) ? null : decimal(parser, value);
				}
				case "gateways" -> {
					bit = 4;
					gateways = optionalInteger(parser, value);
				}
				case "sf" -> {
					bit = 8;
					sf = optionalInteger(parser, value);
				}
				case "fCnt" -> {
					bit = 16;
					if (value == JsonToken.VALUE_NULL) {
						fCnt = null;
					}
					else if (value == JsonToken.VALUE_NUMBER_INT
							&& parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
						fCnt = parser.getLongValue();
					}
					else {
						throw FALLBACK;
					}
				}
				default -> {
					bit = 0;
					parser.skipChildren();
				}
			}
			seen = once(seen, bit);
		}
		return new LinkQuality(rssi, snr, gateways, sf, fCnt);
	}

	private static Integer integer(JsonParser parser, JsonToken token) throws Fallback {
		if (token != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
			throw FALLBACK;
		}
		return parser.getIntValue();
	}

	/** A JSON number as a double; one beyond a long is left to data binding. */
	private static double decimal(JsonParser parser, JsonToken token) throws Fallback {
		if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT
				|| parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
			throw FALLBACK;
		}
		return parser.getDoubleValue();
	}

	private static @Nullable Integer optionalInteger(JsonParser parser, JsonToken token) throws Fallback {
		return (token == JsonToken.VALUE_NULL) ? null : integer(parser, token);
	}

	private static String string(JsonParser parser, JsonToken token) throws Fallback {
		expect(token, JsonToken.VALUE_STRING);
		return parser.getString();
	}

	private static @Nullable String optionalString(JsonParser parser, JsonToken token) throws Fallback {
		return (token == JsonToken.VALUE_NULL) ? null : string(parser, token);
	}

	private static SensorKind kind(JsonParser parser, JsonToken token) throws Fallback {
		return SensorKind.fromId(string(parser, token));
	}

	private static Instant time(JsonParser parser, JsonToken token) throws Fallback {
		try {
			return Instant.parse(string(parser, token));
		}
		catch (DateTimeParseException ex) {
			throw FALLBACK;
		}
	}

	/** Marks a field as read; a field given twice is left to data binding. */
	private static int once(int seen, int bit) throws Fallback {
		if ((seen & bit) != 0) {
			throw FALLBACK;
		}
		return seen | bit;
	}

	private static void expect(@Nullable JsonToken token, JsonToken expected) throws Fallback {
		if (token != expected) {
			throw FALLBACK;
		}
	}

}
