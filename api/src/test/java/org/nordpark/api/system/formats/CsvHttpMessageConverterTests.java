package org.nordpark.api.system.formats;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvHttpMessageConverterTests {

	@Test
	void writesCellsAsRfc4180() {
		assertThat(CsvHttpMessageConverter.cell(null)).isEmpty();
		assertThat(CsvHttpMessageConverter.cell(12.0)).isEqualTo("12");
		assertThat(CsvHttpMessageConverter.cell(0.6667)).isEqualTo("0.6667");
		assertThat(CsvHttpMessageConverter.cell(7L)).isEqualTo("7");
		assertThat(CsvHttpMessageConverter.cell(Instant.parse("2025-03-12T17:00:00Z")))
			.isEqualTo("2025-03-12T17:00:00Z");
		assertThat(CsvHttpMessageConverter.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvHttpMessageConverter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvHttpMessageConverter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
	}

}
