package org.parindex.survey.questionnaire.domain;

import java.util.Objects;

/**
 * One option a respondent can choose for a question, with the question's own label.
 *
 * @param code     option code of the answer scale, e.g. {@code A}
 * @param label    what the respondent reads, e.g. {@code Rất hiệu quả}
 * @param dontKnow whether this is the unscored "không đánh giá được / không biết" option
 */
public record SheetOption(String code, String label, boolean dontKnow) {

    public SheetOption {
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(label, "label == null (option " + code + ")");
    }
}
