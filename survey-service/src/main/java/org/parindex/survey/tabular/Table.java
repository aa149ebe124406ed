package org.parindex.survey.tabular;

import java.util.List;
import java.util.Set;

/**
 * The rows of an imported CSV or XLSX file, under canonical column names.
 *
 * @param format  {@code "CSV"} or {@code "XLSX"}
 * @param columns the canonical names of the columns found in the header, in file order
 * @param rows    the data rows, blank rows left out
 */
public record Table(String format, List<String> columns, List<Row> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Whether the header has this canonical column. */
    public boolean has(String column) {
        return columns.contains(column);
    }

    /** The canonical columns of {@code required} that the header lacks. */
    public List<String> missing(Set<String> required) {
        return required.stream().filter(c -> !columns.contains(c)).sorted().toList();
    }

    /**
     * One data row.
     *
     * @param number the row number as a spreadsheet shows it (the header is row 1)
     * @param values the cell values by canonical column: NFC-normalised, stripped, never {@code null}
     */
    public record Row(int number, java.util.Map<String, String> values) {

        public Row {
            values = java.util.Map.copyOf(values);
        }

        /** The value of {@code column}, {@code ""} when absent or empty. */
        public String get(String column) {
            return values.getOrDefault(column, "");
        }
    }
}
