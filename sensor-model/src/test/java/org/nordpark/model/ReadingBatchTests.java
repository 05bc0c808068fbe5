package org.nordpark.model;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReadingBatchTests {

	@Test
	void joinsReadingsAsLinesAndSplitsThemBack() {
		ReadingBatch batch = new ReadingBatch(8);
		List<String> readings = List.of("{\"a\":1}", "{\"b\":\"x\\ny\"}", "{\"c\":[1,2,3]}".repeat(20));
		readings.forEach((json) -> batch.add(bytes(json)));

		assertThat(batch.count()).isEqualTo(3);
		assertThat(text(batch.toByteArray())).isEqualTo(String.join("\n", readings));
		assertThat(batch.size()).isEqualTo(batch.toByteArray().length);
		assertThat(ReadingBatch.lines(batch.toByteArray())).map(ReadingBatchTests::text)
			.containsExactlyElementsOf(readings);
	}

	@Test
	void skipsEmptyLinesAndCarriageReturns() {
		assertThat(ReadingBatch.lines(bytes("\n{\"a\":1}\r\n\n{\"b\":2}\n"))).map(ReadingBatchTests::text)
			.containsExactly("{\"a\":1}", "{\"b\":2}");
		assertThat(ReadingBatch.lines(bytes(""))).isEmpty();
		assertThat(ReadingBatch.lines(bytes("\n\r\n"))).isEmpty();
	}

	@Test
	void refusesAReadingThatHoldsALineBreak() {
		ReadingBatch batch = new ReadingBatch(64);
		assertThatIllegalArgumentException().isThrownBy(() -> batch.add(bytes("{\"a\":\n1}")))
			.withMessageContaining("line break");
		assertThat(batch.count()).isZero();
	}

	@Test
	void carriesTheWriterOutputOfRealReadings() {
		Reading reading = ModelJson
			.readReading(bytes("{\"schema\":1,\"uplinkId\":\"u-1\",\"sensorId\":\"70b3d5e75e00a1b2\","
					+ "\"kind\":\"parking\",\"time\":\"2025-03-12T17:05:00Z\","
					+ "\"observations\":[{\"dims\":{},\"values\":{\"occupied\":1}}],\"sensorName\":\"P3 bay\\n17\"}"));
		ReadingBatch batch = new ReadingBatch(64);
		batch.add(ModelJson.write(reading));
		batch.add(ModelJson.write(reading));

		assertThat(ReadingBatch.lines(batch.toByteArray())).map(ModelJson::readReading)
			.containsExactly(reading, reading);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
