package org.nordpark.api.system.formats;

import java.util.List;

/**
 * A response that can also be written as {@code text/csv}: a header row and data rows.
 * Cells are strings or numbers; {@code null} becomes an empty cell.
 */
public interface CsvTable {

	/** Column names. */
	List<String> csvHeader();

	/** Data rows, each as long as the header. */
	List<List<?>> csvRows();

	/** Suggested file name (without extension) for downloads. */
	String csvName();

}
