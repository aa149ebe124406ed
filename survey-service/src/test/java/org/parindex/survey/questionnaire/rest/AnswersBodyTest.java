package org.parindex.survey.questionnaire.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.survey.problem.MalformedRequestException;
import org.parindex.survey.questionnaire.domain.Answer;
import org.parindex.survey.questionnaire.rest.AnswersBody.AnswerItem;

class AnswersBodyTest {

    @Test
    void readsEachCellInOrderAndKeepsAnEmptyItemForTheSheetToName() {
        List<Answer> answers = AnswersBody.parse(new AnswersBody(Arrays.asList(
                new AnswerItem("P1", "Q1", "SO_A", "A"), null, new AnswerItem("P1", "Q2", "SO_A", " "))));
        assertThat(answers).containsExactly(Answer.of("P1", "Q1", "SO_A", "A"), null, Answer.of("P1", "Q2", "SO_A",
                null));
    }

    @Test
    void aMissingListOrACellWithoutUnitIsMalformed() {
        assertThatThrownBy(() -> AnswersBody.parse(null)).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> AnswersBody.parse(new AnswersBody(null)))
                .isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> AnswersBody.parse(new AnswersBody(List.of(new AnswerItem("P1", "Q1", null, "A")))))
                .isInstanceOf(MalformedRequestException.class);
    }
}
