package org.parindex.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.format.FrameworkReader;

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

    private static final Framework FRAMEWORK = FrameworkReader.parse("toy.json", """
            { "format": "parindex-framework/1", "code": "F", "name": "Toy", "level": "DEPARTMENT", "maxPoints": 3,
              "answerScales": [ { "code": "ABCD", "options": [
                { "code": "A", "coefficient": 1 }, { "code": "B", "coefficient": 0.6 },
                { "code": "C", "coefficient": 0.2 }, { "code": "D", "coefficient": 0 },
                { "code": "E", "coefficient": null } ] } ],
              "areas": [ { "code": "1", "name": "Area", "criteria": [
                { "code": "1.1", "name": "Appraised", "maxPoints": 1, "method": "APPRAISED" },
                { "code": "1.2", "name": "Survey", "maxPoints": 2, "method": "SURVEY", "scale": "ABCD" } ] } ] }
            """);

    private static List<QuestionOption> options(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> new QuestionOption(c, "Nhãn " + c)).toList();
    }

    private static Questionnaire form(String level, Question... questions) {
        return new Questionnaire("P01", "Phiếu", "F", level, null,
                List.of(new QuestionSection("I", "Phần I", List.of(questions))));
    }

    @Test
    void fitsAFrameworkWhoseSurveyLeavesItAsks() {
        Questionnaire form = form("DEPARTMENT", new Question("Q1", "1.2", "Câu hỏi", options("A", "B", "C", "D", "E")),
                new Question("Q2", "1.2", "Câu hỏi khác", List.of()));

        assertThat(form.problemsAgainst(FRAMEWORK)).isEmpty();
    }

    @Test
    void reportsQuestionsThatDoNotFitTheFramework() {
        Questionnaire form = form("DISTRICT",
                new Question("Q1", "1.1", "Câu hỏi", List.of()),
                new Question("Q2", "9.9", "Câu hỏi", List.of()),
                new Question("Q3", "1.2", "Câu hỏi", options("A", "B", "C", "X")));

        assertThat(form.problemsAgainst(FRAMEWORK)).extracting(Problem::toString).containsExactly(
                "questionnaire P01: rates level DISTRICT but framework F scores level DEPARTMENT",
                "question Q1: criterion 1.1 is not a SURVEY leaf (method APPRAISED)",
                "question Q2: criterion 9.9 is not a leaf of framework F",
                "question Q3 option X: is not an option of answer scale ABCD [A, B, C, D, E]",
                "question Q3: labels no option [D, E] of answer scale ABCD");
    }
}
