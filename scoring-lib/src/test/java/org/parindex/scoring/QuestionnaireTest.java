package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

    private static Question question(String code, String criterion) {
        return new Question(code, criterion, "Câu hỏi " + code, List.of());
    }

    @Test
    void listsQuestionsAcrossSections() {
        Questionnaire form = new Questionnaire("P01", "Phiếu số 01", "F", "DEPARTMENT", "", List.of(
                new QuestionSection("I", "Phần I", List.of(question("Q1", "1.5"), question("Q2", "3.6"))),
                new QuestionSection("II", "Phần II", List.of(question("Q3", "1.5")))));

        assertThat(form.questions()).extracting(Question::code).containsExactly("Q1", "Q2", "Q3");
        assertThat(form.criteria()).containsExactly("1.5", "3.6");
        assertThat(form.questionsFor("1.5")).extracting(Question::code).containsExactly("Q1", "Q3");
        assertThat(form.question("Q9")).isEmpty();
        assertThat(form.introText()).isEmpty();
    }

    @Test
    void rejectsDuplicateQuestionCodesAcrossSections() {
        List<QuestionSection> sections = List.of(
                new QuestionSection("I", "Phần I", List.of(question("Q1", "1.5"))),
                new QuestionSection("II", "Phần II", List.of(question("Q1", "3.6"))));

        assertThatThrownBy(() -> new Questionnaire("P01", "Phiếu", "F", "DEPARTMENT", null, sections))
                .hasMessage("duplicate question code in questionnaire P01: Q1");
    }

    @Test
    void rejectsMalformedValuesNamingThem() {
        assertThatThrownBy(() -> new Question("Q1", "1.5", "Câu hỏi",
                List.of(new QuestionOption("A", "Tốt"), new QuestionOption("A", "Rất tốt"))))
                .hasMessage("duplicate option code in question Q1: A");
        assertThatThrownBy(() -> new Question("Q1", null, "Câu hỏi", List.of()))
                .hasMessage("criterion (question Q1) == null");
        assertThatThrownBy(() -> new QuestionOption("A", "")).hasMessage("label (option A) is blank");
        assertThatThrownBy(() -> new QuestionSection("I", "Phần I", List.of()))
                .hasMessage("questions is empty (section I)");
        assertThatThrownBy(() -> new Questionnaire("P01", "Phiếu", "F", "DEPARTMENT", null, List.of()))
                .hasMessage("sections is empty (questionnaire P01)");
    }

    @Test
    void questionWithoutOptionsUsesTheScaleLabels() {
        Question q = new Question("Q1", "1.5", "Câu hỏi", null);

        assertThat(q.hasOwnOptions()).isFalse();
        assertThat(q.optionCodes()).isEmpty();
        assertThat(q.option("A")).isEmpty();
    }
}
