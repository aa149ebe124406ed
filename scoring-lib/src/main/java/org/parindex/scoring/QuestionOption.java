package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.requireText;

/**
 * A question's own label for one option of its answer scale, e.g. {@code A} = {@code "Rất hiệu quả"}. The code is
 * the code of an option of the framework's answer scale, whose coefficient the scoring uses; the label is only
 * what the respondent reads.
 *
 * @param code  option code, e.g. {@code "A"}; never blank
 * @param label text shown to the respondent; never blank
 */
public record QuestionOption(String code, String label) {

    public QuestionOption {
        requireText(code, "code");
        requireText(label, "label (option " + code + ")");
    }
}
