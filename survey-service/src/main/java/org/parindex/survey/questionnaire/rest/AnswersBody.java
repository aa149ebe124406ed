package org.parindex.survey.questionnaire.rest;

import java.util.List;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.questionnaire.domain.Answer;

/**
 * A request body of answers, and the one parser of it, whether the respondent sends it online ({@code PUT
 * /q/api/<token>/draft}, {@code POST /q/api/<token>/submission}) or a secretary types in a paper questionnaire
 * ({@code POST /api/campaigns/<id>/paper/<respondentId>}). A missing list, or a cell without form, question or unit,
 * is a malformed request (400); an empty item is kept as {@code null}, so that the sheet names it
 * ({@code answers[i]}, 422) with the other wrong answers.
 *
 * @param answers the answered cells; in a draft, an item without option clears its cell
 */
public record AnswersBody(List<AnswerItem> answers) {

    /** One answered cell: form code, question code, rated unit code, option code. */
    public record AnswerItem(String form, String question, String unit, String option) {

        Answer toAnswer() {
            if (form == null || question == null || unit == null) {
                throw MalformedRequestException.of("answers", "mỗi câu trả lời cần form, question và unit",
                        form + "/" + question + "/" + unit);
            }
            return Answer.of(form, question, unit, option);
        }
    }

    /** The answers of {@code body} (which may be absent), in order. */
    public static List<Answer> parse(AnswersBody body) {
        if (body == null || body.answers() == null) {
            throw MalformedRequestException.of("answers", "thiếu danh sách câu trả lời", null);
        }
        return body.answers().stream().map(a -> a == null ? null : a.toAnswer()).toList();
    }
}
