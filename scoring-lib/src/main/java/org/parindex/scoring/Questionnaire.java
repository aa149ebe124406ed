package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.blankToNull;
import static org.parindex.scoring.SurveyChecks.copyOf;
import static org.parindex.scoring.SurveyChecks.requireText;
import static org.parindex.scoring.SurveyChecks.requireUniqueCodes;

import java.util.List;
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
}
