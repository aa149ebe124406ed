package org.parindex.scoring;

import static org.parindex.scoring.SurveyChecks.requireText;

import java.util.Objects;

/**
 * One questionnaire form a respondent group fills in about one rated level (mẫu phiếu), e.g. provincial People's
 * Council delegates fill form {@code HD-2023-P01} about all departments. A group that rates two levels fills two
 * forms.
 *
 * @param questionnaire code of the {@link Questionnaire}, e.g. {@code "HD-2023-P01"}; never blank
 * @param ratedLevel    code of the rated level, e.g. {@code "DEPARTMENT"}; never blank
 * @param scope         which units of that level each respondent rates; never null
 */
public record SurveyForm(String questionnaire, String ratedLevel, RaterScope scope) {

    public SurveyForm {
        requireText(questionnaire, "questionnaire");
        requireText(ratedLevel, "ratedLevel (questionnaire " + questionnaire + ")");
        Objects.requireNonNull(scope, "scope == null (questionnaire " + questionnaire + ")");
    }
}
