package org.nordpark.api.system.formats;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes {@link CsvTable} responses as RFC 4180 CSV (UTF-8, CRLF line ends, header row,
 * quotes only where needed).
 */
class CsvHttpMessageConverter extends AbstractHttpMessageConverter<CsvTable> {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	CsvHttpMessageConverter() {
		super(StandardCharsets.UTF_8, TEXT_CSV);
	}

	@Override
	protected boolean supports(Class<?> clazz) {
		return CsvTable.class.isAssignableFrom(clazz);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected CsvTable readInternal(Class<? extends CsvTable> clazz, HttpInputMessage input) {
		throw new HttpMessageNotReadableException("CSV input is not supported", input);
	}

	@Override
	protected void writeInternal(CsvTable table, HttpOutputMessage output) throws IOException {
		output.getHeaders()
			.setContentDisposition(
					org.springframework.http.ContentDisposition.inline().filename(table.csvName() + ".csv").build());
		Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
		writeRow(writer, table.csvHeader());
		for (List<?> row : table.csvRows()) {
			writeRow(writer, row);
		}
		writer.flush();
	}

	private static void writeRow(Writer writer, List<?> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(cell(cells.get(i)));
		}
		writer.write("\r\n");
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
			return Long.toString(number.longValue());
		}
		String text = (value instanceof Instant instant) ? instant.toString() : value.toString();
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
