package org.parindex.survey.tabular;

import java.util.List;
import org.parindex.survey.problem.FieldError;

/**
 * What an import did, or would do, row by row. An import is all or nothing: when any row has an error, nothing
 * is written ({@code applied} false) and the report comes back in a 422 problem; otherwise every row is
 * {@code CREATED}, {@code UPDATED} or {@code UNCHANGED}, so importing the same file twice changes nothing the
 * second time.
 *
 * @param format    {@code CSV} or {@code XLSX}
 * @param dryRun    whether the import was only checked, on request
 * @param applied   whether the rows were written
 * @param rows      number of data rows read
 * @param created   rows that add a new record
 * @param updated   rows that change an existing record
 * @param unchanged rows equal to an existing record
 * @param rejected  rows with at least one error
 * @param results   one entry per row, in file order
 */
public record ImportReport(String format, boolean dryRun, boolean applied, int rows, int created, int updated,
                           int unchanged, int rejected, List<RowResult> results) {

    public ImportReport {
        results = List.copyOf(results);
    }

    /** What happens to one row. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED, REJECTED }

    /**
     * One row's outcome.
     *
     * @param row     the row number as a spreadsheet shows it (the header is row 1)
     * @param outcome what happens to it
     * @param key     what the row is about, e.g. a unit code or a person's name and e-mail
     * @param errors  what is wrong with it, empty unless rejected
     */
    public record RowResult(int row, Outcome outcome, String key, List<FieldError> errors) {

        public RowResult {
            errors = List.copyOf(errors);
        }
    }

    /** Tallies {@code results} into a report. */
    public static ImportReport of(String format, boolean dryRun, List<RowResult> results) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        for (RowResult r : results) {
            switch (r.outcome()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> rejected++;
            }
        }
        boolean applied = rejected == 0 && !dryRun;
        return new ImportReport(format, dryRun, applied, results.size(), created, updated, unchanged, rejected,
                results);
    }

    /** Every error of every rejected row. */
    public List<FieldError> errors() {
        return results.stream().flatMap(r -> r.errors().stream()).toList();
    }
}
