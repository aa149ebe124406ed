package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.blankToNull;
import static org.parindex.scoring.SurveyChecks.copyOf;
import static org.parindex.scoring.SurveyChecks.requireText;
import static org.parindex.scoring.SurveyChecks.requireUniqueCodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A survey questionnaire form (phiếu điều tra xã hội học) that one respondent group fills in about one rated
 * level, e.g. "Phiếu số 01" for provincial People's Council delegates about the departments. Every question is
 * answered once per rated unit; its answers are tallied into the SURVEY leaf of {@link #framework()} that the
 * question names.
 *
 * @param code       form code, e.g. {@code "HD-2023-P01"}; never blank
 * @param title      title in Vietnamese; never blank
 * @param framework  code of the framework whose SURVEY leaves the questions feed, e.g. {@code "HD-3396-SO"}
 * @param ratedLevel code of the rated level, e.g. {@code "DEPARTMENT"}; never blank
 * @param intro      introduction shown above the questions, or {@code null}
 * @param sections   the form's sections, at least one; section codes unique and question codes unique across the
 *                   whole form
 */
public record Questionnaire(String code, String title, String framework, String ratedLevel, String intro,
                            List<QuestionSection> sections) {

    public Questionnaire {
        requireText(code, "code");
        requireText(title, "title (questionnaire " + code + ")");
        requireText(framework, "framework (questionnaire " + code + ")");
        requireText(ratedLevel, "ratedLevel (questionnaire " + code + ")");
        intro = blankToNull(intro);
        sections = copyOf(sections, "sections (questionnaire " + code + ")");
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("sections is empty (questionnaire " + code + ")");
        }
        requireUniqueCodes(sections, QuestionSection::code, "section code in questionnaire " + code);
        requireUniqueCodes(sections.stream().flatMap(s -> s.questions().stream()).toList(), Question::code,
                "question code in questionnaire " + code);
    }

    /** The introduction, if given. */
    public Optional<String> introText() {
        return Optional.ofNullable(intro);
    }

    /** Every question of the form in order, across sections. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** The question with this code, if any. */
    public Optional<Question> question(String questionCode) {
        return questions().stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    /** The questions that feed SURVEY leaf {@code criterion}, in order. */
    public List<Question> questionsFor(String criterion) {
        return questions().stream().filter(q -> q.criterion().equals(criterion)).toList();
    }

    /** The SURVEY leaves the form asks about, each once, in order of first question. */
    public List<String> criteria() {
        return questions().stream().map(Question::criterion).distinct().toList();
    }

    /**
     * Everything that does not fit between this form and the {@code framework} it feeds, empty when they fit: a
     * framework of another code or level, a question about a leaf the framework lacks or that is not a
     * {@code SURVEY} leaf, and question options whose codes are not the codes of the leaf's answer scale (each
     * option must be a code of the scale, and a question that labels its options must label every option of the
     * scale, so that respondents can give every answer the scoring knows). Each problem names the item
     * ({@code "question Q3"}).
     */
    public List<Problem> problemsAgainst(Framework framework) {
        Objects.requireNonNull(framework, "framework == null");
        List<Problem> problems = new ArrayList<>();
        String item = "questionnaire " + code;
        if (!framework.code().equals(this.framework)) {
            problems.add(Problem.of(item, "feeds framework " + this.framework + ", not " + framework.code()));
        }
        if (!framework.level().equals(ratedLevel)) {
            problems.add(Problem.of(item, "rates level " + ratedLevel + " but framework " + framework.code()
                    + " scores level " + framework.level()));
        }
        for (Question q : questions()) {
            String qItem = "question " + q.code();
            Optional<Leaf> leaf = framework.leaf(q.criterion());
            if (leaf.isEmpty()) {
                problems.add(Problem.of(qItem, "criterion " + q.criterion() + " is not a leaf of framework "
                        + framework.code()));
                continue;
            }
            if (!leaf.get().isSurvey()) {
                problems.add(Problem.of(qItem, "criterion " + q.criterion() + " is not a SURVEY leaf (method "
                        + leaf.get().method() + ")"));
                continue;
            }
            Optional<AnswerScale> scale = framework.scaleOf(leaf.get());
            if (scale.isEmpty() || !q.hasOwnOptions()) {
                continue; // the framework reports a missing scale; no own options means the scale's labels
            }
            List<String> scaleCodes = scale.get().optionCodes();
            for (String optionCode : q.optionCodes()) {
                if (!scaleCodes.contains(optionCode)) {
                    problems.add(Problem.of(qItem + " option " + optionCode, "is not an option of answer scale "
                            + scale.get().code() + " " + scaleCodes));
                }
            }
            List<String> missing = scaleCodes.stream().filter(c -> !q.optionCodes().contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(Problem.of(qItem, "labels no option " + missing + " of answer scale "
                        + scale.get().code()));
            }
        }
        return List.copyOf(problems);
    }
}
