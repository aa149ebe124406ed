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

    private LinkProblem() {
        super("Liên kết này không mở được phiếu nào. Hãy kiểm tra lại đường dẫn trong thư mời.", List.of());
    }

    public static LinkProblem unknown() {
        return new LinkProblem();
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String kind() {
        return "link-unknown";
    }

    @Override
    public String title() {
        return "Liên kết không đúng (Unknown link)";
    }
}
