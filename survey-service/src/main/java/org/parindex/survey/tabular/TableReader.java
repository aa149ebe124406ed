package org.parindex.survey.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.problem.ProblemException;

/**
 * Reads the first sheet of an XLSX workbook, or a CSV file in UTF-8 (with or without a byte order mark; comma,
 * semicolon or tab separated), into a {@link Table}. The first non-blank row is the header; its cells are matched
 * to canonical column names through {@code aliases} (case, accents-as-typed, spaces and underscores do not matter:
 * {@code "Họ và tên"}, {@code "ho_va_ten"}, {@code "full name"} can all mean {@code full_name}). Every value is
 * NFC-normalised and stripped, so Vietnamese typed with combining accents compares equal to precomposed text.
 *
 * <p>A file that cannot be read (not UTF-8, not CSV or XLSX, no header, a column named twice) is a 400 naming the
 * field {@code file}; a file that is or expands to more than the {@link SpreadsheetLimits} (a zip bomb, a row of a
 * million cells, a cell of a megabyte) is a 413 naming the limit, found before the workbook is parsed.
 */
public final class TableReader {

    /** Largest accepted upload. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final int MAX_ROWS = 20_000;

    private final Map<String, String> aliases;
    private final SpreadsheetLimits limits;

    /**
     * @param aliases canonical column name → its accepted header spellings (the canonical name is always accepted)
     */
    public TableReader(Map<String, List<String>> aliases) {
        this(aliases, SpreadsheetLimits.DEFAULT);
    }

    /** A reader with other limits on what a file may expand to (tests). */
    public TableReader(Map<String, List<String>> aliases, SpreadsheetLimits limits) {
        this.limits = limits;
        Map<String, String> byKey = new HashMap<>();
        aliases.forEach((canonical, spellings) -> {
            byKey.put(key(canonical), canonical);
            spellings.forEach(s -> byKey.put(key(s), canonical));
        });
        this.aliases = Map.copyOf(byKey);
    }

    /** Reads {@code bytes}: XLSX when they start like a ZIP archive, CSV otherwise. */
    public Table read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw fileError("Tệp rỗng: hãy gửi tệp CSV (UTF-8) hoặc XLSX.", null);
        }
        if (bytes.length > MAX_BYTES) {
            throw fileError("Tệp lớn quá " + MAX_BYTES / (1024 * 1024) + " MB.", null);
        }
        byte[] head = java.util.Arrays.copyOf(bytes, 8); // zero-padded: fastexcel needs 8 bytes
        if (ReadableWorkbook.isOOXMLZipHeader(head)) {
            return readXlsx(bytes);
        }
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw fileError("Tệp Excel cũ (.xls) không được hỗ trợ: hãy lưu thành .xlsx hoặc CSV UTF-8.", null);
        }
        return readCsv(bytes);
    }

    private Table readCsv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fileError("Tệp không phải văn bản UTF-8: trong Excel hãy chọn \"CSV UTF-8 (Comma delimited)\".",
                    null);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<List<String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        long cells = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                cells += r.size();
                if (cells > limits.maxCells()) {
                    throw limits.tooManyCells();
                }
                List<String> values = r.toList();
                checkLengths(values, (int) r.getRecordNumber());
                records.add(values);
                numbers.add((int) r.getRecordNumber());
                if (records.size() > MAX_ROWS + 1) {
                    throw fileError("Tệp có quá " + MAX_ROWS + " dòng.", null);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw fileError("Tệp CSV không đọc được: " + e.getMessage(), null);
        }
        return table("CSV", records, numbers);
    }

    private void checkLengths(List<String> values, int row) {
        for (String v : values) {
            if (v != null && v.length() > limits.maxCellChars()) {
                throw limits.cellTooLong(row);
            }
        }
    }

    private Table readXlsx(byte[] bytes) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        long cellCount = 0;
        try {
            new XlsxInspection(limits).check(bytes);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw fileError("Tệp XLSX không đọc được: hãy mở bằng Excel và lưu lại dạng .xlsx (Excel Workbook).",
                    null);
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<org.dhatim.fastexcel.reader.Row> rows = sheet.openStream()) {
                for (org.dhatim.fastexcel.reader.Row row : (Iterable<org.dhatim.fastexcel.reader.Row>) rows::iterator) {
                    cellCount += row.getCellCount();
                    if (cellCount > limits.maxCells()) {
                        throw limits.tooManyCells();
                    }
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(text(row.getOptionalCell(i)));
                    }
                    checkLengths(cells, row.getRowNum());
                    records.add(cells);
                    numbers.add(row.getRowNum());
                    if (records.size() > MAX_ROWS + 1) {
                        throw fileError("Tệp có quá " + MAX_ROWS + " dòng.", null);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw fileError("Tệp XLSX không đọc được: hãy mở bằng Excel và lưu lại dạng .xlsx (Excel Workbook).",
                    null);
        }
        return table("XLSX", records, numbers);
    }

    private static String text(Optional<Cell> cell) {
        if (cell.isEmpty()) {
            return "";
        }
        Cell c = cell.get();
        return switch (c.getType()) {
            case NUMBER -> c.asNumber().stripTrailingZeros().toPlainString();
            case EMPTY -> "";
            case ERROR -> "";
            default -> c.getText() == null ? "" : c.getText();
        };
    }

    private Table table(String format, List<List<String>> records, List<Integer> numbers) {
        int headerAt = 0;
        while (headerAt < records.size() && blank(records.get(headerAt))) {
            headerAt++;
        }
        if (headerAt == records.size()) {
            throw fileError("Tệp không có dòng tiêu đề (header).", null);
        }
        List<String> header = records.get(headerAt);
        List<String> columns = new ArrayList<>();
        Map<Integer, String> columnAt = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String raw = clean(header.get(i));
            if (raw.isEmpty()) {
                continue;
            }
            String canonical = aliases.get(key(raw));
            if (canonical == null) {
                continue;
            }
            if (columns.contains(canonical)) {
                throw fileError("Cột '" + canonical + "' xuất hiện hai lần trong dòng tiêu đề.", raw);
            }
            columns.add(canonical);
            columnAt.put(i, canonical);
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int r = headerAt + 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (blank(record)) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            columnAt.forEach((i, canonical) -> values.put(canonical, i < record.size() ? clean(record.get(i)) : ""));
            rows.add(new Table.Row(numbers.get(r), values));
        }
        return new Table(format, columns, rows);
    }

    private static boolean blank(List<String> record) {
        return record.stream().allMatch(s -> s == null || s.isBlank());
    }

    /** NFC, stripped, non-breaking spaces as spaces, without the apostrophe of a neutralised formula. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return CsvCells.unquote(Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00A0', ' ').strip());
    }

    /** A header cell reduced to what matters: lower case, NFC, spaces/underscores/hyphens as one underscore. */
    static String key(String header) {
        return clean(header).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-./]+", "_");
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static MalformedRequestException fileError(String message, String value) {
        return new MalformedRequestException(message, List.of(FieldError.of("file", message, value)));
    }
}
