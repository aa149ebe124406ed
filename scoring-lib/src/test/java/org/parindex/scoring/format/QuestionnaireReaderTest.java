package org.parindex.scoring.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parindex.scoring.Problem;
import org.parindex.scoring.Question;
import org.parindex.scoring.Questionnaire;
import org.parindex.scoring.ValidationException;

class QuestionnaireReaderTest {

    private static final String FORM = """
            {
              "format": "parindex-questionnaire/1",
              "code": "P01",
              "title": "Phiếu số 01",
              "framework": "F-SO",
              "ratedLevel": "DEPARTMENT",
              "intro": "Xin Ông/Bà cho biết ý kiến.",
              "sections": [
                { "code": "I", "title": "Chỉ đạo, điều hành",
                  "questions": [
                    { "code": "Q1", "criterion": "1.5", "text": "Ông/Bà đánh giá thế nào?",
                      "options": [ { "code": "A", "label": "Rất tốt" }, { "code": "B", "label": "Tốt" },
                                   { "code": "E", "label": "Không biết" } ] } ] },
                { "code": "II", "title": "Thủ tục hành chính", "assumed": true,
                  "questions": [
                    { "code": "Q2", "criterion": "3.6", "text": "Thái độ của công chức?" },
                    { "code": "Q3", "criterion": "3.6", "text": "Thời gian giải quyết?" } ] }
              ]
            }
            """;

    private static Questionnaire read(String json) {
        return QuestionnaireReader.read("form.json", new StringReader(json));
    }

    private static ValidationException rejected(String json) {
        return catchThrowableOfType(ValidationException.class, () -> read(json));
    }

    @Test
    void readsEveryField() {
        Questionnaire form = read(FORM);

        assertThat(form.code()).isEqualTo("P01");
        assertThat(form.title()).isEqualTo("Phiếu số 01");
        assertThat(form.framework()).isEqualTo("F-SO");
        assertThat(form.ratedLevel()).isEqualTo("DEPARTMENT");
        assertThat(form.introText()).contains("Xin Ông/Bà cho biết ý kiến.");
        assertThat(form.sections()).extracting(s -> s.code()).containsExactly("I", "II");
        assertThat(form.questions()).extracting(Question::code).containsExactly("Q1", "Q2", "Q3");
        assertThat(form.criteria()).containsExactly("1.5", "3.6");
        assertThat(form.questionsFor("3.6")).hasSize(2);
        Question q1 = form.question("Q1").orElseThrow();
        assertThat(q1.optionCodes()).containsExactly("A", "B", "E");
        assertThat(q1.option("E").orElseThrow().label()).isEqualTo("Không biết");
        assertThat(form.question("Q2").orElseThrow().hasOwnOptions()).isFalse();
    }

    @Test
    void normalisesTextToNfc() {
        String decomposed = "Phie\u0302\u0301u so\u0302\u0301 01"; // "Phiếu số 01" with combining marks

        Questionnaire form = read(FORM.replace("Phiếu số 01", decomposed));

        assertThat(form.title()).isEqualTo("Phiếu số 01");
    }

    @Test
    void readsFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("form.json");
        Files.writeString(file, FORM, StandardCharsets.UTF_8);

        assertThat(QuestionnaireReader.read(file).questions()).hasSize(3);
    }

    @Test
    void reportsEveryProblemAtOnceWithLines() {
        String json = FORM.replace("\"code\": \"Q3\"", "\"code\": \"Q1\"")
                .replace("{ \"code\": \"B\", \"label\": \"Tốt\" }", "{ \"code\": \"A\", \"label\": \"Tốt\" }")
                .replace("\"text\": \"Thái độ của công chức?\"", "\"text\": \"  \"")
                .replace("\"ratedLevel\": \"DEPARTMENT\",", "\"ratedLevel\": 3,");

        ValidationException e = rejected(json);

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "form.json:6: questionnaire P01: ratedLevel must be a string: 3",
                "form.json:12: question Q1 option A: duplicate code A (first on line 12)",
                "form.json:16: question Q2: text is blank",
                "form.json:17: question Q1: duplicate code Q1 (first on line 11)");
        assertThat(e.getMessage()).startsWith("4 problems in questionnaire form.json:");
    }

    @Test
    void emptySectionsAndUnknownFieldsAreReported() {
        String json = FORM.replace("\"questions\": [\n        { \"code\": \"Q2\"", "\"question\": [\n        { \"code\": \"Q2\"");

        ValidationException e = rejected(json);

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "form.json:15: section II: unknown field \"question\" (known: [code, questions, title])",
                "form.json:14: section II: questions is missing");
    }

    @Test
    void emptyQuestionListIsRejected() {
        ValidationException e = rejected(FORM.replaceAll(
                "(?s)\"questions\": \\[\\s*\\{ \"code\": \"Q2\".*?\\] \\}", "\"questions\": [] }"));

        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("form.json:15: section II: questions is empty");
    }

    @Test
    void wrongFormatIsRejected() {
        ValidationException e = rejected(FORM.replace("parindex-questionnaire/1", "parindex-questionnaire/2"));

        assertThat(e.problems()).extracting(Problem::message)
                .containsExactly("format must be \"parindex-questionnaire/1\": \"parindex-questionnaire/2\"");
    }
}
