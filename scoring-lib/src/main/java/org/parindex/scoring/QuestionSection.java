package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.copyOf;
import static org.parindex.scoring.SurveyChecks.requireText;

import java.util.List;

/**
 * A titled part of a questionnaire (phần), usually one reform area, e.g. {@code "II. Cải cách thủ tục hành
 * chính"}.
 *
 * @param code      section code, unique in its questionnaire, e.g. {@code "II"}; never blank
 * @param title     section title in Vietnamese; never blank
 * @param questions the section's questions, at least one
 */
public record QuestionSection(String code, String title, List<Question> questions) {

    public QuestionSection {
        requireText(code, "code");
        requireText(title, "title (section " + code + ")");
        questions = copyOf(questions, "questions (section " + code + ")");
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("questions is empty (section " + code + ")");
        }
    }
}
