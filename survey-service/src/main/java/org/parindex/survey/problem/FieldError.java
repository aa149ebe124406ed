package org.parindex.survey.problem;

import java.util.Objects;

/**
 * One thing wrong with one field of a request: the field (a JSON property, a query parameter, or a column of an
 * imported file), what is wrong, and for imported files the row (1-based, the header being row 1, as a
 * spreadsheet shows it) and the offending value.
 *
 * @param field   name of the field, never blank, e.g. {@code "email"} or {@code "surveyCloses"}
 * @param message what is wrong, in Vietnamese, never blank
 * @param row     row of an imported file, or {@code null}
 * @param value   the offending value as given, or {@code null}
 */
public record FieldError(String field, String message, Integer row, String value) {

    public FieldError {
        Objects.requireNonNull(field, "field == null");
        Objects.requireNonNull(message, "message == null");
    }

    /** An error of a request field. */
    public static FieldError of(String field, String message) {
        return new FieldError(field, message, null, null);
    }

    /** An error of a request field, with the value that was given. */
    public static FieldError of(String field, String message, String value) {
        return new FieldError(field, message, null, value);
    }

    /** An error in row {@code row} of an imported file. */
    public static FieldError atRow(int row, String field, String message, String value) {
        return new FieldError(field, message, row, value);
    }
}
