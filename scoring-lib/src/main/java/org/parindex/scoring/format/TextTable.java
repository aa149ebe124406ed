package org.parindex.scoring.format;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns are as wide as their widest cell, counted in code points (NFC text). */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    TextTable(String... header) {
        rows.add(header);
        rightAligned = new boolean[header.length];
    }

    /** Right-aligns column {@code i} (numbers). */
    TextTable right(int... columns) {
        for (int i : columns) {
            rightAligned[i] = true;
        }
        return this;
    }

    void row(String... cells) {
        if (cells.length != rightAligned.length) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has "
                    + rightAligned.length);
        }
        rows.add(cells);
    }

    void render(StringBuilder out) {
        int columns = rightAligned.length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], length(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String pad = " ".repeat(width[i] - length(row[i]));
                line.append(rightAligned[i] ? pad + row[i] : row[i] + pad);
                if (i < columns - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
