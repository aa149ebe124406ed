package org.parindex.survey.questionnaire.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parindex.scoring.RaterScope;
import org.parindex.survey.problem.FieldError;
import org.parindex.survey.problem.InvalidInputException;

class AnswerSheetTest {

    private static final List<SheetOption> ABCDE = List.of(new SheetOption("A", "Rất tốt", false),
            new SheetOption("B", "Tốt", false), new SheetOption("C", "Trung bình", false),
            new SheetOption("D", "Kém", false), new SheetOption("E", "Không đánh giá được / không biết", true));
    private static final List<SheetOption> YES_NO = List.of(new SheetOption("Y", "Có", false),
            new SheetOption("N", "Không", false));

    /** Form P1 about two departments (2 questions), form P2 about one district (1 yes/no question). */
    static AnswerSheet sheet() {
        SheetForm p1 = new SheetForm("P1", "Phiếu 1", null, "DEPARTMENT", "Cấp sở", RaterScope.ALL_UNITS_OF_LEVEL,
                List.of(new RatedUnit("SO_A", "Sở A"), new RatedUnit("SO_B", "Sở B")),
                List.of(new SheetSection("I", "Mục I", List.of(new SheetQuestion("Q1", "1.1", "Câu một?", ABCDE))),
                        new SheetSection("II", "Mục II", List.of(new SheetQuestion("Q2", "2.1", "Câu hai?", ABCDE)))));
        SheetForm p2 = new SheetForm("P2", "Phiếu 2", null, "DISTRICT", "Cấp huyện", RaterScope.OWN_UNIT,
                List.of(new RatedUnit("HUYEN_X", "Huyện X")),
                List.of(new SheetSection("I", "Mục I", List.of(new SheetQuestion("Q1", "5.1", "Có không?", YES_NO)))));
        return new AnswerSheet(7, "HDND_TINH", List.of(p1, p2));
    }

    static List<Answer> complete() {
        return List.of(Answer.of("P1", "Q1", "SO_A", "A"), Answer.of("P1", "Q1", "SO_B", "E"),
                Answer.of("P1", "Q2", "SO_A", "B"), Answer.of("P1", "Q2", "SO_B", "D"),
                Answer.of("P2", "Q1", "HUYEN_X", "Y"));
    }

    @Test
    void everyQuestionIsAnsweredOncePerRatedUnit() {
        AnswerSheet sheet = sheet();
        assertThat(sheet.size()).isEqualTo(5);
        assertThat(sheet.cells()).extracting(AnswerCell::key).containsExactly("P1/Q1/SO_A", "P1/Q1/SO_B",
                "P1/Q2/SO_A", "P1/Q2/SO_B", "P2/Q1/HUYEN_X");
    }

    @Test
    void acceptsACompleteSetIncludingDontKnow() {
        Map<AnswerCell, String> accepted = sheet().acceptComplete(complete());
        assertThat(accepted).hasSize(5).containsEntry(new AnswerCell("P1", "Q1", "SO_B"), "E");
    }

    @Test
    void namesEachWrongAnswer() {
        List<Answer> wrong = List.of(Answer.of("P9", "Q1", "SO_A", "A"), Answer.of("P1", "Q9", "SO_A", "A"),
                Answer.of("P1", "Q1", "HUYEN_X", "A"), Answer.of("P2", "Q1", "HUYEN_X", "A"),
                Answer.of("P1", "Q1", "SO_A", "A"), Answer.of("P1", "Q1", "SO_A", "B"));
        assertThatThrownBy(() -> sheet().accept(wrong, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("answers[0].form", "answers[1].question", "answers[2].unit",
                                "answers[3].option", "answers[5]"))
                .hasMessage("Câu trả lời không hợp lệ: 5 lỗi.");
    }

    @Test
    void onlyADraftMayClearACell() {
        List<Answer> clearing = List.of(Answer.of("P1", "Q1", "SO_A", null));
        assertThat(sheet().accept(clearing, true)).containsEntry(new AnswerCell("P1", "Q1", "SO_A"), null);
        assertThatThrownBy(() -> sheet().accept(clearing, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("answers[0].option"));
    }

    @Test
    void anIncompleteSetListsEveryUnansweredCell() {
        List<Answer> partial = new ArrayList<>(complete());
        partial.remove(4);
        partial.remove(1);
        assertThatThrownBy(() -> sheet().acceptComplete(partial))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("P1/Q1/SO_B", "P2/Q1/HUYEN_X"))
                .hasMessage("Còn 2 câu chưa trả lời.");
    }

    @Test
    void aSheetWithoutUnitsCannotBeSubmitted() {
        SheetForm empty = new SheetForm("P3", "Phiếu 3", null, "DISTRICT", null, RaterScope.COUNTERPART, List.of(),
                sheet().forms().get(1).sections());
        AnswerSheet sheet = new AnswerSheet(7, "G", List.of(empty));
        assertThat(sheet.size()).isZero();
        assertThatThrownBy(() -> sheet.acceptComplete(List.of())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("không có câu hỏi nào");
    }

    @Test
    void anAnonymousAnswerKeepsGroupCriterionUnitAndOptionOnly() {
        SurveyAnswer a = SurveyAnswer.of(sheet(), new AnswerCell("P1", "Q2", "SO_B"), "D");
        assertThat(a.campaignId()).isEqualTo(7);
        assertThat(List.of(a.group(), a.questionnaire(), a.question(), a.criterion(), a.unit(), a.option()))
                .containsExactly("HDND_TINH", "P1", "Q2", "2.1", "SO_B", "D");
        assertThat(a.id()).hasSize(36).isNotEqualTo(SurveyAnswer.of(sheet(), new AnswerCell("P1", "Q2", "SO_B"), "D").id());
    }
}
