package org.parindex.survey.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of codes kept as text in {@code VARCHAR} parts, so that one row of the database holds hundreds of answers
 * in SQL that Derby and PostgreSQL both take (no CLOB): one line per row, fields separated by a tab, parts of at
 * most {@link #PART_LENGTH} characters cut at line ends. The one encoding of pending answer sets
 * ({@code pending_answer_part}) and of drafts ({@code draft_part}).
 */
public final class TextParts {

    /** The longest part, in characters (the columns' size). */
    public static final int PART_LENGTH = 16_000;
    private static final char FIELD = '\t';
    private static final char LINE = '\n';

    private TextParts() {
    }

    /**
     * The rows as parts of at most {@link #PART_LENGTH} characters, in row order.
     *
     * @throws IllegalArgumentException a field with a tab or a line end, or a row longer than a part
     */
    public static List<String> encode(Iterable<? extends List<String>> rows) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (List<String> row : rows) {
            line.setLength(0);
            for (String field : row) {
                if (field.indexOf(FIELD) >= 0 || field.indexOf(LINE) >= 0) {
                    throw new IllegalArgumentException("code with a tab or line end: " + field);
                }
                if (!line.isEmpty()) {
                    line.append(FIELD);
                }
                line.append(field);
            }
            line.append(LINE);
            if (line.length() > PART_LENGTH) {
                throw new IllegalArgumentException("row longer than a part: " + line.length() + " characters");
            }
            if (part.length() + line.length() > PART_LENGTH) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(line);
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }

    /**
     * The rows that {@link #encode} wrote into {@code parts} (in part order), each of {@code fields} fields.
     *
     * @throws IllegalArgumentException a part that does not end a line, or a line of another number of fields
     */
    public static List<List<String>> decode(List<String> parts, int fields) {
        List<List<String>> rows = new ArrayList<>();
        for (String part : parts) {
            int start = 0;
            while (start < part.length()) {
                int end = part.indexOf(LINE, start);
                if (end < 0) {
                    throw new IllegalArgumentException("text part without a final line end");
                }
                String[] f = part.substring(start, end).split(String.valueOf(FIELD), -1);
                if (f.length != fields) {
                    throw new IllegalArgumentException("text line with " + f.length + " fields, not " + fields);
                }
                rows.add(List.of(f));
                start = end + 1;
            }
        }
        return rows;
    }
}
