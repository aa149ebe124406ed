package org.parindex.survey.questionnaire.application;

import java.util.List;
import org.parindex.survey.problem.ProblemException;

/**
 * A link that opens no questionnaire: wrong (404, {@code link-unknown}), revoked or expired (410,
 * {@code link-revoked}, {@code link-expired}). The page tells the three apart by the problem's type.
 */
public final class LinkProblem extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String kind;
    private final String title;

    private LinkProblem(int status, String kind, String title, String detail) {
        super(detail, List.of());
        this.status = status;
        this.kind = kind;
        this.title = title;
    }

    public static LinkProblem unknown() {
        return new LinkProblem(404, "link-unknown", "Liên kết không đúng (Unknown link)",
                "Liên kết này không mở được phiếu nào. Hãy kiểm tra lại đường dẫn trong thư mời.");
    }

    public static LinkProblem revoked() {
        return new LinkProblem(410, "link-revoked", "Liên kết đã bị thu hồi (Revoked link)",
                "Liên kết này đã bị thu hồi; Ông/Bà hãy dùng liên kết trong thư mời mới nhất.");
    }

    public static LinkProblem expired() {
        return new LinkProblem(410, "link-expired", "Liên kết đã hết hạn (Expired link)",
                "Liên kết này đã hết hạn.");
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String title() {
        return title;
    }
}
