package org.parindex.survey.problem;

import java.util.List;

/**
 * 413: the request (its body, or what an uploaded file expands to) is larger than a limit of the service. The
 * detail names the limit, so that the client knows what to send instead; nothing of the request is stored.
 */
public final class TooLargeException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public TooLargeException(String detail, FieldError error) {
        super(detail, List.of(error));
    }

    /** A body of more than {@code limit} bytes. */
    public static TooLargeException body(long limit) {
        String detail = "Nội dung yêu cầu lớn quá giới hạn " + Sizes.human(limit) + " (" + limit
                + " byte); không có gì được lưu.";
        return new TooLargeException(detail, FieldError.of("body", "lớn quá " + Sizes.human(limit)));
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String kind() {
        return "too-large";
    }

    @Override
    public String title() {
        return "Nội dung quá lớn (Content Too Large)";
    }
}
