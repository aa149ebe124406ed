package org.parindex.survey.questionnaire.domain;

import java.util.List;
import java.util.Objects;

/**
 * A question as the respondent answers it: its text, the SURVEY leaf it feeds and its options, best first.
 *
 * @param code      question code, unique in its form, e.g. {@code Q1}
 * @param criterion code of the framework's SURVEY leaf, e.g. {@code 1.7.1}
 * @param text      the question in Vietnamese
 * @param options   the options, at least one
 */
public record SheetQuestion(String code, String criterion, String text, List<SheetOption> options) {

    public SheetQuestion {
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(criterion, "criterion == null (question " + code + ")");
        Objects.requireNonNull(text, "text == null (question " + code + ")");
        options = List.copyOf(options);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("question " + code + " has no option");
        }
    }

    /** Whether {@code optionCode} is one of this question's options. */
    public boolean offers(String optionCode) {
        return options.stream().anyMatch(o -> o.code().equals(optionCode));
    }

    /** The option codes, best first, e.g. {@code [A, B, C, D, E]}. */
    public List<String> optionCodes() {
        return options.stream().map(SheetOption::code).toList();
    }
}
