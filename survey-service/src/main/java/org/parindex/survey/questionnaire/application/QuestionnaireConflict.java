package org.parindex.survey.questionnaire.application;

import java.util.List;
import org.parindex.survey.problem.ProblemException;

/**
 * 409: the questionnaire cannot take answers now: already submitted ({@code already-submitted}), or the survey is
 * not open ({@code survey-closed}, {@code survey-not-open}).
 */
public final class QuestionnaireConflict extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final String kind;

    private QuestionnaireConflict(String kind, String detail) {
        super(detail, List.of());
        this.kind = kind;
    }

    public static QuestionnaireConflict alreadySubmitted() {
        return new QuestionnaireConflict("already-submitted", "Phiếu này đã được gửi; không thể thay đổi.");
    }

    public static QuestionnaireConflict closed() {
        return new QuestionnaireConflict("survey-closed", "Cuộc khảo sát đã kết thúc; không nhận thêm câu trả lời.");
    }

    public static QuestionnaireConflict notOpen() {
        return new QuestionnaireConflict("survey-not-open", "Cuộc khảo sát chưa bắt đầu.");
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String title() {
        return "Phiếu không nhận câu trả lời (Conflict)";
    }
}
