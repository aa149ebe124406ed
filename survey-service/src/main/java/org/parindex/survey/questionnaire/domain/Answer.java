package org.parindex.survey.questionnaire.domain;

import java.util.Objects;

/**
 * An answer in one cell of the grid: the code of the chosen option (e.g. {@code A}, or {@code E} for "không đánh
 * giá được / không biết"), or {@code null} to clear the cell (only in a draft).
 *
 * @param cell   the cell; never null
 * @param option the option code, or {@code null} for none
 */
public record Answer(AnswerCell cell, String option) {

    public Answer {
        Objects.requireNonNull(cell, "cell == null");
        option = option == null || option.isBlank() ? null : option.strip();
    }

    public static Answer of(String form, String question, String unit, String option) {
        return new Answer(new AnswerCell(form, question, unit), option);
    }

    /** Whether this answer clears its cell. */
    public boolean clears() {
        return option == null;
    }
}
