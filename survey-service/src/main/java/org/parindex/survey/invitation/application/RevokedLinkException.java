package org.parindex.survey.invitation.application;

import java.time.LocalDateTime;
import java.util.List;
import org.parindex.survey.problem.ProblemException;

/**
 * 410 ({@code link-revoked}): the link or code was replaced by a new one or withdrawn. The one answer for a revoked
 * link, whether the link check ({@code /link/…}) or the questionnaire ({@code /q/api/…}) asked.
 */
public final class RevokedLinkException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final LocalDateTime revokedAt;

    public RevokedLinkException(LocalDateTime revokedAt) {
        super("Liên kết này đã bị thu hồi; xin dùng liên kết trong thư mời mới nhất.", List.of());
        this.revokedAt = revokedAt;
    }

    /** When the link was revoked. */
    public LocalDateTime revokedAt() {
        return revokedAt;
    }

    @Override
    public int status() {
        return 410;
    }

    @Override
    public String kind() {
        return "link-revoked";
    }

    @Override
    public String title() {
        return "Liên kết đã bị thu hồi (Gone)";
    }
}
