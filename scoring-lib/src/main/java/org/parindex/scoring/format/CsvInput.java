package org.parindex.scoring.format;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.parindex.scoring.Problem;
import org.parindex.scoring.ProblemCode;
import org.parindex.scoring.ValidationException;

/**
 * A CSV file with a header row, read with Apache Commons CSV: a UTF-8 byte-order mark is skipped, text is
 * stripped and NFC-normalised, and every record knows the line it starts on (multi-line quoted values included).
 */
final class CsvInput implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private final String source;
    private final LineTrackingReader reader;
    private final CSVParser parser;
    private final List<String> columns;
    private final Map<String, Integer> index = new java.util.HashMap<>();
    /** One instance of each short value (codes repeat on every row): keeps a national file's rows small. */
    private final Map<String, String> canonical = new java.util.HashMap<>();

    private CsvInput(String source, LineTrackingReader reader, CSVParser parser) {
        this.source = source;
        this.reader = reader;
        this.parser = parser;
        this.columns = parser.getHeaderNames().stream().map(CsvInput::column).toList();
        for (int i = 0; i < columns.size(); i++) {
            index.putIfAbsent(columns.get(i), i);
        }
    }

    /** Opens {@code file}; a missing file, an unreadable one or a bad header row is a {@link ValidationException}. */
    static CsvInput open(Path file) {
        return open(file.toString(), FrameworkReader.open(file));
    }

    /** Reads {@code csv} (closed by {@link #close()}); {@code source} names it in problems. */
    static CsvInput open(String source, Reader csv) {
        LineTrackingReader reader = new LineTrackingReader(csv);
        try {
            return new CsvInput(source, reader, CSVParser.builder().setReader(reader).setFormat(FORMAT).get());
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            closeQuietly(reader, e);
            throw new ValidationException(source, List.of(unreadable("header row", e, source, reader.line())));
        }
    }

    String source() {
        return source;
    }

    /** The header's column names, lower case, stripped. */
    List<String> columns() {
        return columns;
    }

    /**
     * Problems with the header: a required column missing, a column not in {@code known}. Located at line 1.
     */
    List<Problem> checkColumns(String what, Set<String> required, Set<String> known) {
        List<Problem> problems = new ArrayList<>();
        for (String r : required) {
            if (!columns.contains(r)) {
                problems.add(Problem.of(ProblemCode.MISSING_COLUMN, "header row", "column \"" + r
                        + "\" is missing (" + what + " needs " + String.join(",", required) + ")").at(source, 1)
                        .on(r, null).with("required", String.join(",", required)));
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String c : columns) {
            if (!seen.add(c)) {
                problems.add(Problem.of(ProblemCode.DUPLICATE_COLUMN, "header row", "column \"" + c
                        + "\" appears twice").at(source, 1).on(c, null));
            } else if (!known.contains(c)) {
                problems.add(Problem.of(ProblemCode.UNKNOWN_COLUMN, "header row", "unknown column \"" + c
                        + "\" (known: " + String.join(", ", new LinkedHashSet<>(known)) + ")").at(source, 1)
                        .on(c, null).with("known", String.join(",", known)));
            }
        }
        return problems;
    }

    /**
     * The one loop of the CSV readers: checks the header ({@code what} names the kind of file in problems), then
     * hands every row to {@code perRow}, which returns that row's problems (a row whose values do not match the
     * header gets {@link ProblemCode#ROW_LENGTH} first); every problem is located at its row's line.
     *
     * @return the rows' problems (a mutable list: checks of the whole file may add theirs before {@link #failIfAny})
     * @throws ValidationException listing every problem of the header
     */
    List<Problem> forEachRow(String what, Set<String> required, Set<String> known,
            Function<Row, List<Problem>> perRow) {
        List<Problem> problems = new ArrayList<>(checkColumns(what, required, known));
        if (!problems.isEmpty()) {
            throw new ValidationException(source, problems);
        }
        for (Row row : rows()) {
            if (!row.isConsistent()) {
                problems.add(rowLength(row, columns.size()).at(source, row.line()));
            }
            for (Problem p : perRow.apply(row)) {
                problems.add(p.at(source, row.line()));
            }
        }
        return problems;
    }

    /** Throws every problem of this file at once, if there is any. */
    void failIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(source, problems);
        }
    }

    /** The records; an I/O or syntax error is a {@link ValidationException} at the line reached. */
    Iterable<Row> rows() {
        return () -> new java.util.Iterator<>() {
            private final java.util.Iterator<CSVRecord> records = parser.iterator();

            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ValidationException(source, List.of(unreadable("CSV", e, source, reader.line())));
                }
            }

            @Override
            public Row next() {
                CSVRecord record = records.next();
                return new Row(record, reader.lineOf(record.getCharacterPosition()), index, canonical);
            }
        };
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + source, e);
        }
    }

    /**
     * The problem of a read that failed at {@code line}: text that is not UTF-8 ({@link ProblemCode#NOT_UTF8}),
     * broken CSV syntax ({@link ProblemCode#SYNTAX}) or an I/O error ({@link ProblemCode#FILE_UNREADABLE}).
     */
    static Problem unreadable(String item, Exception e, String source, int line) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof IOException)) {
            cause = cause.getCause();
        }
        if (cause instanceof Utf8File.NotUtf8Exception n) {
            return notUtf8(source, n.line() > 0 ? n.line() : line);
        }
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return notUtf8(source, line);
        }
        String reason = String.valueOf(e.getMessage());
        ProblemCode code = cause == null ? ProblemCode.SYNTAX : ProblemCode.FILE_UNREADABLE;
        return Problem.of(code, item, "cannot be read: " + reason).at(source, line).with("reason", reason);
    }

    /** The problem of a file that is not UTF-8, at the line where the first invalid byte is. */
    static Problem notUtf8(String source, int line) {
        return Problem.of(ProblemCode.NOT_UTF8, "file", "is not UTF-8 text: line " + line + " has a byte sequence "
                + "that is not UTF-8 (the file was probably saved as Latin-1, Windows-1252 or Windows-1258; save it "
                + "as UTF-8, e.g. \"CSV UTF-8\" in Excel)").at(source, line);
    }

    /** The problem of a row that has not as many values as the header has columns. */
    static Problem rowLength(Row row, int columns) {
        return Problem.of(ProblemCode.ROW_LENGTH, "row", "has " + row.size() + " values, the header has "
                + columns + " columns").with("values", row.size()).with("columns", columns);
    }

    private static void closeQuietly(Reader reader, Exception cause) {
        try {
            reader.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static String column(String header) {
        return Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** One record and the line it starts on. */
    static final class Row {
        private static final int MAX_CANONICAL = 100_000;

        private final CSVRecord record;
        private final int line;
        private final Map<String, Integer> index;
        private final Map<String, String> canonical;

        Row(CSVRecord record, int line, Map<String, Integer> index, Map<String, String> canonical) {
            this.record = record;
            this.line = line;
            this.index = index;
            this.canonical = canonical;
        }

        int line() {
            return line;
        }

        /** The stripped, NFC-normalised value of {@code column}, or null when the column is absent or blank. */
        String get(String column) {
            Integer i = index.get(column);
            if (i == null || i >= record.size()) {
                return null;
            }
            String v = record.get(i).strip();
            if (v.isEmpty()) {
                return null;
            }
            if (!belowCombiningMarks(v)) {
                v = Normalizer.normalize(v, Normalizer.Form.NFC);
            }
            if (v.length() > 64 || canonical.size() >= MAX_CANONICAL) {
                return v;
            }
            String before = canonical.putIfAbsent(v, v);
            return before == null ? v : before;
        }

        /** Whether every character is below U+0300: such text has nothing to compose and is NFC already. */
        private static boolean belowCombiningMarks(String v) {
            for (int i = 0; i < v.length(); i++) {
                if (v.charAt(i) >= '\u0300') {
                    return false;
                }
            }
            return true;
        }

        /** Whether the record has as many values as the header has columns. */
        boolean isConsistent() {
            return record.isConsistent();
        }

        int size() {
            return record.size();
        }
    }

    /**
     * A reader that skips a leading byte-order mark and remembers where each line starts, so that a record's
     * character position gives its line. Keeps one int per line, not the text.
     */
    static final class LineTrackingReader extends Reader {
        private final Reader in;
        private int[] lineStarts = new int[1024];
        private int lines = 1;
        private long position;
        private boolean started;
        private boolean afterCr;

        LineTrackingReader(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (!started) {
                started = true;
                int first = in.read();
                if (first == -1) {
                    return -1;
                }
                if (first != '\uFEFF') {
                    buf[off] = (char) first;
                    track(buf, off, 1);
                    if (len == 1) {
                        return 1;
                    }
                    int n = in.read(buf, off + 1, len - 1);
                    if (n <= 0) {
                        return 1;
                    }
                    track(buf, off + 1, n);
                    return n + 1;
                }
            }
            int n = in.read(buf, off, len);
            if (n > 0) {
                track(buf, off, n);
            }
            return n;
        }

        private void track(char[] buf, int off, int n) {
            for (int i = off; i < off + n; i++) {
                char c = buf[i];
                if (c == '\n') {
                    if (!afterCr) {
                        newLine(position + 1);
                    } else {
                        lineStarts[lines - 1] = (int) Math.min(Integer.MAX_VALUE, position + 1);
                    }
                    afterCr = false;
                } else if (c == '\r') {
                    newLine(position + 1);
                    afterCr = true;
                } else {
                    afterCr = false;
                }
                position++;
            }
        }

        private void newLine(long start) {
            if (lines == lineStarts.length) {
                lineStarts = Arrays.copyOf(lineStarts, lines * 2);
            }
            lineStarts[lines++] = (int) Math.min(Integer.MAX_VALUE, start);
        }

        /** The 1-based line of the last character read (the line being read). */
        int line() {
            return lines;
        }

        /** The 1-based line of character {@code position}. */
        int lineOf(long position) {
            int lo = 0;
            int hi = lines - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= position) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            return lo + 1;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
