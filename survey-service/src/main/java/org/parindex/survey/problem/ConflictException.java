package org.parindex.survey.problem;

import java.util.List;

/**
 * 409: the request is well formed but the current state forbids it, e.g. changing units of an OPEN campaign or
 * publishing a DRAFT one. The detail says what state forbids what.
 */
public final class ConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String detail) {
        super(detail, List.of());
    }

    /** A conflict caused by one field, e.g. a {@code status} transition that is not allowed. */
    public ConflictException(String detail, FieldError error) {
        super(detail, List.of(error));
    }

    /** A conflict with several causes, e.g. every condition missing before a survey can open. */
    public ConflictException(String detail, List<FieldError> errors) {
        super(detail, errors);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String kind() {
        return "conflict";
    }

    @Override
    public String title() {
        return "Xung đột trạng thái (Conflict)";
    }
}
