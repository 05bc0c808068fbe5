package org.nordpark.model;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON form of the shared messages. Strict where it matters: numbers must be JSON
 * numbers, required fields must be present, unknown properties are ignored so the
 * contract can grow. Thread-safe; share one instance.
 */
public final class ModelJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.withCoercionConfig(LogicalType.Float,
				(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
		.withCoercionConfig(LogicalType.Integer,
				(config) -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
		.build();

	private static final ObjectReader READING_READER = MAPPER.readerFor(Reading.class);

	private static final ObjectWriter READING_WRITER = MAPPER.writerFor(Reading.class);

	private static final ObjectReader CATALOG_READER = MAPPER.readerFor(CatalogEntry.class);

	private static final ObjectWriter CATALOG_WRITER = MAPPER.writerFor(CatalogEntry.class);

	private static final ObjectReader DEAD_LETTER_READER = MAPPER.readerFor(DeadLetter.class);

	private static final ObjectWriter DEAD_LETTER_WRITER = MAPPER.writerFor(DeadLetter.class);

	private ModelJson() {
	}

	/** The configured mapper, for modules that embed model types in their own JSON. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	public static byte[] write(Reading reading) {
		return ReadingCodec.write(reading);
	}

	/**
	 * Parses a reading: the plain shape with the streaming {@link ReadingCodec}, anything
	 * else by data binding, which decides and names the reason of a rejection.
	 * @throws InvalidMessageException with a one-line reason naming the offending field
	 */
	public static Reading readReading(byte[] json) {
		try {
			return ReadingCodec.read(json);
		}
		catch (ReadingCodec.Fallback ex) {
			return read(READING_READER, json, "reading");
		}
	}

	/** A reading written by data binding, the reference {@link ReadingCodec} matches. */
	static byte[] writeBound(Reading reading) {
		return READING_WRITER.writeValueAsBytes(reading);
	}

	/** A reading read by data binding alone. */
	static Reading readBound(byte[] json) {
		return read(READING_READER, json, "reading");
	}

	public static byte[] write(CatalogEntry entry) {
		return CATALOG_WRITER.writeValueAsBytes(entry);
	}

	/**
	 * Parses a catalog entry.
	 * @throws InvalidMessageException with a one-line reason naming the offending field
	 */
	public static CatalogEntry readCatalogEntry(byte[] json) {
		return read(CATALOG_READER, json, "catalog entry");
	}

	public static byte[] write(DeadLetter deadLetter) {
		return DEAD_LETTER_WRITER.writeValueAsBytes(deadLetter);
	}

	/**
	 * Parses a dead letter.
	 * @throws InvalidMessageException with a one-line reason naming the offending field
	 */
	public static DeadLetter readDeadLetter(byte[] json) {
		return read(DEAD_LETTER_READER, json, "dead letter");
	}

	private static <T> T read(ObjectReader reader, byte[] json, String what) {
		try {
			T value = reader.readValue(json);
			if (value == null) {
				throw new InvalidMessageException("invalid " + what + ": empty document", null);
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new InvalidMessageException("invalid " + what + ": " + reason(ex), ex);
		}
	}

	private static String reason(JacksonException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
			return cause.getMessage();
		}
		String message = ex.getOriginalMessage();
		if (ex instanceof DatabindException && !ex.getPath().isEmpty()) {
			message = "at " + ex.getPathReference() + ": " + message;
		}
		int newline = message.indexOf('\n');
		return (newline < 0) ? message : message.substring(0, newline);
	}

}
