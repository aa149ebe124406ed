package org.parindex.survey.questionnaire.domain;

import java.util.Objects;

/**
 * One cell of the answer grid: a question of a form, about one rated unit. A form is complete when each of its
 * cells has an answer.
 *
 * @param form     questionnaire code, e.g. {@code HD-2023-P01}
 * @param question question code, e.g. {@code Q3}
 * @param unit     code of the rated unit, e.g. {@code SO_NOI_VU}
 */
public record AnswerCell(String form, String question, String unit) {

    public AnswerCell {
        Objects.requireNonNull(form, "form == null");
        Objects.requireNonNull(question, "question == null");
        Objects.requireNonNull(unit, "unit == null");
    }

    /** The cell as one field name, {@code form/question/unit}, e.g. {@code HD-2023-P01/Q3/SO_NOI_VU}. */
    public String key() {
        return form + "/" + question + "/" + unit;
    }

    @Override
    public String toString() {
        return key();
    }
}
