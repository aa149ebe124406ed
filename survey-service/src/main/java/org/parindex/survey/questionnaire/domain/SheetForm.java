package org.parindex.survey.questionnaire.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parindex.scoring.AnswerOption;
import org.parindex.scoring.AnswerScale;
import org.parindex.scoring.Framework;
import org.parindex.scoring.Leaf;
import org.parindex.scoring.Question;
import org.parindex.scoring.QuestionOption;
import org.parindex.scoring.QuestionSection;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.RaterScope;

/**
 * One questionnaire form as one respondent fills it in: its questions with their options, and the units of the
 * rated level this respondent rates. Each question is answered once per unit.
 *
 * @param code       questionnaire code, e.g. {@code HD-2023-P01}
 * @param title      title in Vietnamese
 * @param intro      introduction, or {@code null}
 * @param ratedLevel code of the rated level, e.g. {@code DEPARTMENT}
 * @param levelName  name of the rated level, e.g. {@code Cấp sở}
 * @param scope      whom the respondent rates
 * @param units      the units rated, in order; empty when a scoped form finds no unit for this respondent
 * @param sections   the sections with their questions
 */
public record SheetForm(String code, String title, String intro, String ratedLevel, String levelName,
                        RaterScope scope, List<RatedUnit> units, List<SheetSection> sections) {

    public SheetForm {
        Objects.requireNonNull(code, "code == null");
        Objects.requireNonNull(title, "title == null (form " + code + ")");
        Objects.requireNonNull(ratedLevel, "ratedLevel == null (form " + code + ")");
        Objects.requireNonNull(scope, "scope == null (form " + code + ")");
        units = List.copyOf(units);
        sections = List.copyOf(sections);
        levelName = levelName == null ? ratedLevel : levelName;
    }

    /**
     * The form of {@code questionnaire}, whose options come from the question's own labels or else from the answer
     * scale of the question's leaf in {@code framework}; an option is "don't know" when the scale leaves it unscored.
     *
     * @throws IllegalArgumentException when the questionnaire does not fit the framework (a question about a leaf
     *                                  without answer scale)
     */
    public static SheetForm of(Questionnaire questionnaire, Framework framework, String levelName, RaterScope scope,
                               List<RatedUnit> units) {
        List<SheetSection> sections = new ArrayList<>();
        for (QuestionSection s : questionnaire.sections()) {
            List<SheetQuestion> questions = new ArrayList<>();
            for (Question q : s.questions()) {
                questions.add(new SheetQuestion(q.code(), q.criterion(), q.text(), options(questionnaire, framework, q)));
            }
            sections.add(new SheetSection(s.code(), s.title(), questions));
        }
        return new SheetForm(questionnaire.code(), questionnaire.title(), questionnaire.intro(),
                questionnaire.ratedLevel(), levelName, scope, units, sections);
    }

    private static List<SheetOption> options(Questionnaire form, Framework framework, Question q) {
        AnswerScale scale = framework.leaf(q.criterion()).flatMap(framework::scaleOf)
                .orElseThrow(() -> new IllegalArgumentException("question " + q.code() + " of " + form.code()
                        + ": criterion " + q.criterion() + " has no answer scale in framework " + framework.code()));
        if (!q.hasOwnOptions()) {
            return scale.options().stream()
                    .map(o -> new SheetOption(o.code(), o.label(), !o.isScored())).toList();
        }
        List<SheetOption> options = new ArrayList<>();
        for (QuestionOption o : q.options()) {
            AnswerOption scaled = scale.option(o.code()).orElseThrow(() -> new IllegalArgumentException(
                    "question " + q.code() + " of " + form.code() + ": option " + o.code()
                            + " is not in answer scale " + scale.code()));
            options.add(new SheetOption(o.code(), o.label(), !scaled.isScored()));
        }
        return options;
    }

    /** Every question of the form, across sections. */
    public List<SheetQuestion> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** The question {@code questionCode} of the form, if any (a walk; {@link AnswerSheet.Lookup} has them by code). */
    public Optional<SheetQuestion> question(String questionCode) {
        return questions().stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    /** The cells of this form: each question × each rated unit, question by question. */
    public List<AnswerCell> cells() {
        List<AnswerCell> cells = new ArrayList<>();
        for (SheetQuestion q : questions()) {
            for (RatedUnit u : units) {
                cells.add(new AnswerCell(code, q.code(), u.code()));
            }
        }
        return cells;
    }
}
