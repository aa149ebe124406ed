package org.parindex.survey.tabular;

import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.Sizes;
import org.parindex.survey.problem.TooLargeException;

/**
 * What an uploaded spreadsheet may expand to, so that a small file (a "zip bomb") cannot fill the memory: the
 * uncompressed size of each XLSX part and of all parts, the number of parts, the shared strings (their part's size
 * and count), the cells of the sheet, and the length of one cell. Each refusal is a 413 naming the limit.
 *
 * @param maxEntryBytes        uncompressed size of one part of the workbook
 * @param maxTotalBytes        uncompressed size of all parts together
 * @param maxEntries           parts in the archive
 * @param maxSharedStringBytes uncompressed size of {@code xl/sharedStrings.xml}
 * @param maxSharedStrings     strings in it
 * @param maxCells             cells of the sheets (XLSX) or fields of the file (CSV)
 * @param maxCellChars         characters in one cell
 */
public record SpreadsheetLimits(long maxEntryBytes, long maxTotalBytes, int maxEntries, long maxSharedStringBytes,
                                long maxSharedStrings, long maxCells, int maxCellChars) {

    /** Far above any real list of units, respondents or scores (20 000 rows of 15 columns). */
    public static final SpreadsheetLimits DEFAULT = new SpreadsheetLimits(32L << 20, 64L << 20, 200, 16L << 20,
            300_000, 300_000, 4_000);

    TooLargeException entryTooLarge(String name) {
        return tooLarge("Một phần của tệp XLSX (" + name + ") khi giải nén lớn quá " + Sizes.human(maxEntryBytes)
                + ".", "giải nén lớn quá " + Sizes.human(maxEntryBytes));
    }

    TooLargeException totalTooLarge() {
        return tooLarge("Tệp XLSX khi giải nén lớn quá " + Sizes.human(maxTotalBytes) + ".",
                "giải nén lớn quá " + Sizes.human(maxTotalBytes));
    }

    TooLargeException tooManyEntries() {
        return tooLarge("Tệp XLSX có quá " + maxEntries + " phần.", "quá " + maxEntries + " phần");
    }

    TooLargeException sharedStringsTooLarge() {
        return tooLarge("Bảng chuỗi dùng chung (sharedStrings) của tệp XLSX lớn quá " + Sizes.human(maxSharedStringBytes)
                + " hoặc quá " + maxSharedStrings + " chuỗi.", "bảng chuỗi dùng chung quá lớn");
    }

    TooLargeException tooManyCells() {
        return tooLarge("Tệp có quá " + maxCells + " ô.", "quá " + maxCells + " ô");
    }

    TooLargeException cellTooLong(int row) {
        return tooLarge("Dòng " + row + " có ô dài quá " + maxCellChars + " ký tự.",
                "ô dài quá " + maxCellChars + " ký tự");
    }

    private static TooLargeException tooLarge(String detail, String message) {
        return new TooLargeException(detail + " Không có gì được nhập.", FieldError.of("file", message));
    }
}
