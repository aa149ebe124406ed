package org.parindex.survey.questionnaire.application;

import java.util.List;
import org.parindex.survey.problem.ProblemException;

/**
 * 404 ({@code link-unknown}): a link that opens no questionnaire. A revoked link is the invitations' own 410
 * ({@link org.parindex.survey.invitation.application.RevokedLinkException}, {@code link-revoked}); the page tells the
 * two apart by the problem's type.
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
