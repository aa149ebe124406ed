package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.copyOf;
import static org.parindex.scoring.SurveyChecks.requireText;
import static org.parindex.scoring.SurveyChecks.requireUniqueCodes;

import java.util.List;
import java.util.Optional;

/**
 * One question of a survey form (câu hỏi), tied to the {@code SURVEY} leaf of the framework whose points it
 * feeds, and answered once per rated unit.
 *
 * @param code      question code, unique in its questionnaire, e.g. {@code "Q1"}; never blank
 * @param criterion code of the framework's SURVEY leaf, e.g. {@code "1.4"}; never blank
 * @param text      the question in Vietnamese; never blank
 * @param options   the question's own option labels, best first; empty means "use the labels of the leaf's answer
 *                  scale"; codes unique
 */
public record Question(String code, String criterion, String text, List<QuestionOption> options) {

    public Question {
        requireText(code, "code");
        requireText(criterion, "criterion (question " + code + ")");
        requireText(text, "text (question " + code + ")");
        options = copyOf(options, "options (question " + code + ")");
        requireUniqueCodes(options, QuestionOption::code, "option code in question " + code);
    }

    /** Whether the question labels its options itself (otherwise the answer scale's labels apply). */
    public boolean hasOwnOptions() {
        return !options.isEmpty();
    }

    /** The question's own option with this code, if any. */
    public Optional<QuestionOption> option(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }

    /** The codes of the question's own options, best first; empty when it uses the scale's labels. */
    public List<String> optionCodes() {
        return options.stream().map(QuestionOption::code).toList();
    }
}
