package org.parindex.survey.tabular;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the service writes CSV rows: every cell that a spreadsheet would take for a formula (it begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is written with a leading apostrophe, so
 * that opening an export in Excel or LibreOffice never runs what a respondent, an import or an API client typed
 * ("CSV injection"). Numbers stay numbers: {@code -1.5} and {@code +3} are written as they are. Reading a CSV
 * ({@link TableReader}) drops such an apostrophe again, so an export imports back unchanged.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {
    }

    /** Prints one record, each cell made {@link #safe}. */
    public static void printRow(CSVPrinter printer, Object... cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.length);
        for (Object c : cells) {
            safe.add(safe(c));
        }
        printer.printRecord(safe);
    }

    /** Prints one record, each cell made {@link #safe}. */
    public static void printRow(CSVPrinter printer, Iterable<?> cells) throws IOException {
        List<String> safe = new ArrayList<>();
        for (Object c : cells) {
            safe.add(safe(c));
        }
        printer.printRecord(safe);
    }

    /**
     * A whole CSV (with its header) written again with every cell {@link #safe}: for tables another module writes,
     * e.g. scoring-lib's results table, before the service stores or serves them.
     */
    public static String neutralise(String csv) {
        java.io.StringWriter out = new java.io.StringWriter();
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setRecordSeparator("\n").get();
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(
                new java.io.StringReader(csv), org.apache.commons.csv.CSVFormat.DEFAULT);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            for (org.apache.commons.csv.CSVRecord r : parser) {
                printRow(printer, r.toList());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The text of a cell as it may be written: numbers as they are, text that could start a formula quoted. */
    public static String safe(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        String s = value.toString();
        if (s.isEmpty() || !startsFormula(s.charAt(0)) || NUMBER.matcher(s).matches()) {
            return s;
        }
        return "'" + s;
    }

    /** A cell read from a CSV without the apostrophe {@link #safe} added. */
    public static String unquote(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'' && startsFormula(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
