package org.parindex.survey.invitation.application;

import java.util.List;
import org.parindex.survey.problem.ProblemException;

/** 429: a client tried too many wrong links or codes; it may try again after {@link #retryAfterSeconds()}. */
public final class TooManyAttemptsException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyAttemptsException(long retryAfterSeconds) {
        super("Quá nhiều lần thử liên kết hoặc mã phiếu không đúng. Xin thử lại sau " + retryAfterSeconds
                + " giây.", List.of());
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String kind() {
        return "too-many-requests";
    }

    @Override
    public String title() {
        return "Quá nhiều lần thử (Too Many Requests)";
    }
}
